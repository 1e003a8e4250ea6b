import type { Payload, TaskConfig } from 'payload'

import type { User } from '@/payload-types'
import { sendMail } from '@/payload/email/send'

import { proposedMail, returnedMail, type ReviewedCollection } from './mails'

type Input = { collection: ReviewedCollection; id: number; state: 'in_review' | 'returned'; actor?: number | null }

type Recipient = Pick<User, 'id' | 'email' | 'name'>

/** Who reviews: the editors; the administrators when the site has no editor yet. */
const reviewers = async (payload: Payload): Promise<Recipient[]> => {
  for (const role of ['editor', 'admin'] as const) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { roles: { in: [role] } },
      depth: 0,
      limit: 200,
      pagination: false,
      select: { email: true, name: true },
    })
    if (docs.length) return docs as Recipient[]
  }
  return []
}

/**
 * Sends the mail of one review step. The document is read again: a proposal withdrawn (or a
 * document published or deleted) before the runner came by is no longer news, and sends nothing.
 * Nobody is told of their own step.
 */
export const notifyReview = async (payload: Payload, { collection, id, state, actor }: Input): Promise<{ sent: number }> => {
  const doc = await payload
    .findByID({ collection, id, draft: true, depth: 0, disableErrors: true, select: { title: true, reviewState: true, review: true } })
    .catch(() => null)
  if (!doc || doc.reviewState !== state) return { sent: 0 }
  const title = doc.title?.trim() || 'Sans titre'
  const review = doc.review ?? {}
  let recipients: Recipient[]
  let content
  if (state === 'in_review') {
    recipients = await reviewers(payload)
    content = proposedMail({ collection, id, title, by: review.requestedByName ?? 'Quelqu’un', at: review.requestedAt ?? new Date().toISOString() })
  } else {
    const requester = typeof review.requestedBy === 'object' ? review.requestedBy?.id : review.requestedBy
    const account = requester ? await payload.findByID({ collection: 'users', id: requester, depth: 0, disableErrors: true }) : null
    recipients = account ? [account] : []
    content = returnedMail({ collection, id, title, by: review.returnedByName ?? 'L’équipe d’édition', comment: review.comment ?? '' })
  }
  const to = recipients.filter((user) => user.id !== actor && user.email)
  for (const user of to) await sendMail(payload, { to: { name: user.name, address: user.email }, content })
  return { sent: to.length }
}

export const notifyReviewTask: TaskConfig<{ input: Input; output: { sent: number } }> = {
  slug: 'notifyReview',
  label: 'Prévenir par e-mail d’une étape de relecture',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
    { name: 'state', type: 'text', required: true },
    { name: 'actor', type: 'number' },
  ],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  // A relay that is down fails the job; it is tried again for about an hour (1, 2, 4… 32 min).
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => ({ output: await notifyReview(req.payload, input) }),
}
