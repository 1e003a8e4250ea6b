import type { CollectionAfterChangeHook, Where } from 'payload'

type ScheduleInput = { type?: 'publish' | 'unpublish' }

/**
 * A publish done by hand settles the publishes scheduled for later: left in the queue, one of
 * them would publish, days after, whatever draft the editor is then writing. Scheduled
 * publishes that follow a scheduled unpublish stay (publish Monday, unpublish Tuesday,
 * publish again Thursday). A scheduled publish running (its job is `processing`) settles
 * nothing: the editor planned the later ones. Failed schedules are left for the dashboard to
 * report. Like Payload's own cleanup of a deleted document's schedules, a failure here is
 * logged, never a reason to refuse the publish.
 */
export const settleSchedules: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc._status !== 'published') return doc
  const ofThisDocument: Where = {
    taskSlug: { equals: 'schedulePublish' },
    'input.doc.relationTo': { equals: collection.slug },
    // The admin's drawer queues the id as a string (payload#10481); the Local API may not.
    or: [{ 'input.doc.value': { equals: String(doc.id) } }, { 'input.doc.value': { equals: doc.id } }],
    completedAt: { exists: false },
  }
  try {
    const jobs = await req.payload.db.find<{ id: number | string; processing?: boolean; hasError?: boolean; input?: ScheduleInput }>({
      collection: 'payload-jobs',
      where: ofThisDocument,
      sort: 'waitUntil',
      limit: 0,
      pagination: false,
      req,
    })
    if (jobs.docs.some((job) => job.processing)) return doc
    const pending = jobs.docs.filter((job) => !job.hasError)
    const nextUnpublish = pending.findIndex((job) => job.input?.type === 'unpublish')
    const settled = (nextUnpublish === -1 ? pending : pending.slice(0, nextUnpublish)).map((job) => job.id)
    if (settled.length === 0) return doc
    // The same guards again: a runner may have claimed one of them since.
    await req.payload.db.deleteMany({
      collection: 'payload-jobs',
      where: { and: [ofThisDocument, { id: { in: settled } }, { processing: { equals: false } }] },
      req,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Les publications programmées de ${collection.slug} ${doc.id} n’ont pas pu être retirées.` })
  }
  return doc
}
