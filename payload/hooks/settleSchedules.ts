import type { CollectionAfterChangeHook } from 'payload'

type ScheduleInput = { type?: 'publish' | 'unpublish' }

/**
 * A publish done by hand settles the publishes scheduled for later: left in the queue, one of
 * them would publish, days after, whatever draft the editor is then writing. Scheduled
 * publishes that follow a scheduled unpublish stay (publish Monday, unpublish Tuesday,
 * publish again Thursday). Jobs already running (the scheduled publish itself) are left to
 * Payload's queue, which marks them done.
 */
export const settleSchedules: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (doc._status !== 'published') return doc
  const { docs: pending } = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: 'schedulePublish' },
      'input.doc.relationTo': { equals: collection.slug },
      // The admin's drawer queues the id as a string (payload#10481); the Local API may not.
      or: [{ 'input.doc.value': { equals: String(doc.id) } }, { 'input.doc.value': { equals: doc.id } }],
      completedAt: { exists: false },
      processing: { equals: false },
    },
    sort: 'waitUntil',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const nextUnpublish = pending.findIndex((job) => (job.input as ScheduleInput | null)?.type === 'unpublish')
  const settled = (nextUnpublish === -1 ? pending : pending.slice(0, nextUnpublish)).map((job) => job.id)
  if (settled.length === 0) return doc
  await req.payload.delete({ collection: 'payload-jobs', where: { id: { in: settled } }, overrideAccess: true, req })
  return doc
}
