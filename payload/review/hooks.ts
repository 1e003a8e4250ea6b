import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionSlug, Forbidden } from 'payload'

import { hasRole } from '@/payload/access/roles'
import { savesPublished } from '@/payload/hooks/savesPublished'

import { reviewers } from './notifyTask'
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

/** Who a save is by, in the words the admin and the mails show. Scripts (the seed, an import) run without anyone. */
const nameOf = (user: unknown): string => (user as { name?: string } | null)?.name?.trim() || 'Script automatique'

const idOf = (value: unknown): number | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

/**
 * Computes the review state of every save, on every path (admin, REST, GraphQL, Local API),
 * from whether it publishes and the action it carries (states.ts); records who asked and who
 * sent back; stamps the version with the name of whoever made it. What a client sends as the
 * state is dropped before this runs (the fields' access), so only this hook writes it.
 */
export const applyReview: CollectionBeforeChangeHook = ({ collection, data, operation, originalDoc, req }) => {
  const sent = data as Reviewed
  // A creation starts the workflow afresh: a duplicate gets its source as `originalDoc`, and
  // would be born "en relecture" with nobody having asked, or "renvoyé" without a comment.
  const previous = operation === 'create' ? undefined : (originalDoc as Reviewed | undefined)
  const action = sent.reviewAction ?? null
  delete sent.reviewAction
  if (action !== null && !REVIEW_ACTIONS.includes(action as ReviewAction))
    throw new APIError(`Action de relecture inconnue\u00a0: choisissez ${REVIEW_ACTIONS.join(', ')}.`, 400, null, true)
  const review: Review = { ...previous?.review, ...sent.review }
  const step = nextReviewState({
    current: previous?.reviewState,
    action: action as ReviewAction | null,
    publishing: savesPublished(data, req, collection.slug, originalDoc?.id),
    // No user: a script (the seed, an import) or Payload itself; scheduled publications run with
    // the rights of whoever scheduled them.
    canPublish: !req.user || hasRole(req.user, 'editor', 'admin'),
    // The comment of this return: Payload hands the hook the stored fields merged with those
    // sent, so the last return's comment, unchanged, would pass for a new one.
    comment: sent.review?.comment !== previous?.review?.comment ? sent.review?.comment : null,
    isRequester: Boolean(req.user) && idOf(previous?.review?.requestedBy) === req.user?.id,
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
 * Review actions one document at a time: a bulk update (`PATCH /api/news?where=…`) carrying an
 * action would mail the editors once per document in a single request.
 */
export const oneReviewActionAtATime =
  <T extends CollectionSlug>(): CollectionBeforeOperationHook<T> =>
  ({ args, operation }) => {
    const { id, data } = args as { id?: unknown; data?: { reviewAction?: unknown } }
    if (operation === 'update' && id === undefined && data?.reviewAction)
      throw new APIError('Proposez, retirez ou renvoyez un document à la fois, pas une sélection.', 400, null, true)
    return args
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
  const review = (doc as Reviewed).review ?? {}
  const at = state === 'in_review' ? review.requestedAt : review.returnedAt
  const requester = idOf(review.requestedBy)
  const recipients = state === 'in_review' ? await reviewers(req) : requester ? [requester] : []
  // Nobody is told of their own step.
  for (const recipient of recipients.filter((account) => account !== req.user?.id))
    await req.payload.jobs.queue({
      task: 'notifyReview',
      input: { collection: collection.slug as 'careers' | 'news', id: doc.id, state, at: at ?? new Date().toISOString(), recipient },
      req,
    })
  return doc
}
