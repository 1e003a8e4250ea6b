import type { Payload, Where } from 'payload'

import type { User } from '@/payload-types'
import { hasRole } from '@/payload/access/roles'

const EDITORIAL = ['news', 'careers'] as const

/** Latest versions in a review state; for a contributor, only the documents they proposed. */
const count = async (payload: Payload, state: 'in_review' | 'returned', requester?: number) => {
  let total = 0
  for (const collection of EDITORIAL) {
    const where: Where = requester
      ? { and: [{ reviewState: { equals: state } }, { 'review.requestedBy': { equals: requester } }] }
      : { reviewState: { equals: state } }
    total += (await payload.find({ collection, draft: true, where, depth: 0, limit: 1, select: {} })).totalDocs
  }
  return total
}

/**
 * At the top of the admin's menu, on every page: what waits for the reader. Editors see how
 * many drafts await review; contributors, how many of theirs were sent back. A link leads to
 * the dashboard, which lists them.
 */
export async function ReviewNotice({ payload, user }: { payload: Payload; user?: User | null }) {
  if (!user) return null
  const editor = hasRole(user, 'editor', 'admin')
  const waiting = editor ? await count(payload, 'in_review') : await count(payload, 'returned', user.id)
  if (!waiting) return null
  const text = editor
    ? `${waiting} document${waiting > 1 ? 's' : ''} à relire`
    : `${waiting} document${waiting > 1 ? 's' : ''} renvoyé${waiting > 1 ? 's' : ''} à reprendre`
  return (
    <a className="review-notice" href="/admin#editorial-dashboard-title" data-testid="review-notice">
      {text}
    </a>
  )
}
