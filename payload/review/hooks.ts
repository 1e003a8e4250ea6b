import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { hasRole } from '@/payload/access/roles'
import { savesPublished } from '@/payload/hooks/savesPublished'

import { REVIEW_ACTIONS, type ReviewAction, type ReviewState, isRefusal, nextReviewState } from './states'

type Review = {
  requestedBy?: number | { id: number } | null
  requestedByName?: string | null
  requestedAt?: string | null
  returnedByName?: string | null
  returnedAt?: string | null
  comment?: string | null
}

type Reviewed = { reviewState?: ReviewState | null; reviewAction?: unknown; review?: Review | null; editedByName?: string | null }

/** Who a save is by, in the words the admin and the mails show. Jobs (a scheduled publication) run without anyone. */
const nameOf = (user: unknown): string => (user as { name?: string } | null)?.name?.trim() || 'Publication automatique'

/**
 * Computes the review state of every save, on every path (admin, REST, GraphQL, Local API),
 * from whether it publishes and the action it carries (states.ts); records who asked and who
 * sent back; stamps the version with the name of whoever made it. What a client sends as the
 * state is dropped before this runs (the fields' access), so only this hook writes it.
 */
export const applyReview: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const sent = data as Reviewed
  const previous = originalDoc as Reviewed | undefined
  const action = sent.reviewAction ?? null
  delete sent.reviewAction
  if (action !== null && !REVIEW_ACTIONS.includes(action as ReviewAction))
    throw new APIError(`Action de relecture inconnue : choisissez ${REVIEW_ACTIONS.join(', ')}.`, 400, null, true)
  const review: Review = { ...previous?.review, ...sent.review }
  const step = nextReviewState({
    current: previous?.reviewState,
    action: action as ReviewAction | null,
    publishing: savesPublished(data, req, collection.slug, originalDoc?.id),
    // Jobs run without a user: a scheduled publication was allowed when it was scheduled.
    canPublish: !req.user || hasRole(req.user, 'editor', 'admin'),
    comment: review.comment,
  })
  if (isRefusal(step)) {
    if (step.refused === 'forbidden') throw new Forbidden(req.t)
    throw new APIError(step.message, 400, null, true)
  }
  const now = new Date().toISOString()
  if (step.notify === 'editors') {
    Object.assign(review, { requestedBy: req.user?.id ?? null, requestedByName: nameOf(req.user), requestedAt: now })
  }
  if (step.notify === 'requester') {
    Object.assign(review, { returnedByName: nameOf(req.user), returnedAt: now, comment: review.comment?.trim() })
  }
  return { ...data, reviewState: step.state, review, editedByName: nameOf(req.user) }
}

/**
 * Hands the document over to the other side. Its lock goes: whoever proposed (or sent back)
 * leaves the tab open, and Payload would show the other side "Document verrouillé" for five
 * minutes. Then the other side is told by mail, through the jobs queue: queued in the save's
 * transaction (no mail for a save that failed, none lost for one that succeeded), sent and
 * retried by the runner, so a slow or absent SMTP server never holds the save.
 */
export const queueReviewNotice: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const state = (doc as Reviewed).reviewState
  if (state === (previousDoc as Reviewed | undefined)?.reviewState) return doc
  if (state !== 'in_review' && state !== 'returned') return doc
  await req.payload.delete({
    collection: 'payload-locked-documents',
    where: { and: [{ 'document.relationTo': { equals: collection.slug } }, { 'document.value': { equals: doc.id } }] },
    req,
  })
  await req.payload.jobs.queue({
    task: 'notifyReview',
    input: { collection: collection.slug as 'careers' | 'news', id: doc.id, state, actor: req.user?.id ?? null },
    req,
  })
  return doc
}
