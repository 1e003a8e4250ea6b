import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { sendMail } from '@/payload/email/send'

import { proposedMail, returnedMail, type ReviewedCollection } from './mails'

/** One mail: one step of one document, to one account. */
export type ReviewNotice = {
  collection: ReviewedCollection
  id: number
  state: 'in_review' | 'returned'
  /** When the step was taken (review.requestedAt or returnedAt): a later step of the same kind is another mail. */
  at: string
  recipient: number
}

/** Who reviews: the editors; the administrators when the site has no editor yet. */
export const reviewers = async (req: PayloadRequest): Promise<number[]> => {
  for (const role of ['editor', 'admin'] as const) {
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { roles: { in: [role] } },
      depth: 0,
      limit: 500,
      pagination: false,
      select: {},
      req,
    })
    if (docs.length) return docs.map((user) => user.id)
  }
  return []
}

/**
 * Sends one review mail. The document is read again: a step undone or overtaken before the
 * runner came by (a proposal withdrawn, proposed again, published, deleted) is no longer news,
 * and sends nothing. One job per recipient: a retry after a failure never mails again those
 * who already got it.
 */
export const notifyReview = async (payload: Payload, { collection, id, state, at, recipient }: ReviewNotice): Promise<{ sent: number }> => {
  const doc = await payload.findByID({ collection, id, draft: true, depth: 0, disableErrors: true, select: { title: true, reviewState: true, review: true } })
  const review = doc?.review ?? {}
  const stamp = state === 'in_review' ? review.requestedAt : review.returnedAt
  if (!doc || doc.reviewState !== state || !stamp || new Date(stamp).getTime() !== new Date(at).getTime()) return { sent: 0 }
  const account = await payload.findByID({ collection: 'users', id: recipient, depth: 0, disableErrors: true })
  if (!account?.email) return { sent: 0 }
  const title = doc.title?.trim() || 'Sans titre'
  const content =
    state === 'in_review'
      ? proposedMail({ collection, id, title, by: review.requestedByName ?? 'Quelqu’un', at: stamp })
      : returnedMail({ collection, id, title, by: review.returnedByName ?? 'L’équipe d’édition', comment: review.comment ?? '' })
  await sendMail(payload, { to: { name: account.name, address: account.email }, content })
  return { sent: 1 }
}

export const notifyReviewTask: TaskConfig<{ input: ReviewNotice; output: { sent: number } }> = {
  slug: 'notifyReview',
  label: 'Prévenir par e-mail d’une étape de relecture',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
    { name: 'state', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
    { name: 'recipient', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  // A relay that is down fails the job; it is tried again for about an hour (1, 2, 4… 32 min).
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => ({ output: await notifyReview(req.payload, input) }),
}
