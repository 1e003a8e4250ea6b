import type { Payload, TaskConfig } from 'payload'

/**
 * "Créer" on a collection with autosaved drafts makes the document at once (Payload's create
 * view does, so that autosave has something to save to). An editor who opens the form and
 * leaves without typing would leave an empty draft behind in the list.
 *
 * Decided with the draft-validation rule (drafts save however incomplete, so autosave never
 * refuses a half-written article): keep Payload's creation, and delete the drafts nobody wrote
 * in. A draft is abandoned when it holds nothing (no title, none of the fields required to
 * publish), was never saved after its creation (autosave adds a version within two seconds of
 * the first keystroke) and is older than ABANDONED_AFTER_MS. Nothing says whether its form is
 * still open (Payload locks a document only once the editor types), so the delay is long: an
 * editor who opens a form in the morning and starts writing after lunch writes into it.
 */
export const ABANDONED_AFTER_MS = 12 * 60 * 60 * 1000

export type AbandonedDraft = { collection: string; id: number | string }

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

type Options = { now?: Date; olderThanMs?: number }

/** Deletes the abandoned drafts of every collection with autosaved drafts; returns them. */
export const deleteAbandonedDrafts = async (
  payload: Payload,
  { now = new Date(), olderThanMs = ABANDONED_AFTER_MS }: Options = {},
): Promise<AbandonedDraft[]> => {
  const createdBefore = new Date(now.getTime() - olderThanMs).toISOString()
  const deleted: AbandonedDraft[] = []
  const collections = payload.config.collections.filter((collection) => {
    const drafts = collection.versions?.drafts
    return typeof drafts === 'object' && Boolean(drafts.autosave)
  })
  for (const collection of collections) {
    // Every collection this loop reaches has drafts, hence timestamps.
    const slug = collection.slug as 'news'
    // What an editor must fill to publish, and the title: a document made another way (the
    // seed, an import, the API) has them, so it is never taken for an empty form.
    const essentials = collection.flattenedFields
      .filter((field) => ('required' in field && field.required) || field.name === collection.admin.useAsTitle)
      .map((field) => field.name)
    const candidates = await payload.find({
      collection: slug,
      depth: 0,
      pagination: false,
      select: Object.fromEntries(essentials.map((name) => [name, true])),
      where: { and: [{ _status: { equals: 'draft' } }, { createdAt: { less_than: createdBefore } }] },
      overrideAccess: true,
    })
    const blank = candidates.docs.filter((doc) => essentials.every((name) => isEmpty((doc as unknown as Record<string, unknown>)[name])))
    for (const doc of blank) {
      // Never saved after its creation: the creation is its only version.
      const versions = await payload.countVersions({ collection: slug, where: { parent: { equals: doc.id } }, overrideAccess: true })
      if (versions.totalDocs > 1) continue
      await payload.delete({ collection: slug, id: doc.id, overrideAccess: true })
      deleted.push({ collection: slug, id: doc.id })
    }
  }
  return deleted
}

/** Every hour, through the queue the server already runs (payload/jobs/config.ts). */
export const deleteAbandonedDraftsTask: TaskConfig<{ input: { olderThanMinutes?: number }; output: { deleted: number } }> = {
  slug: 'deleteAbandonedDrafts',
  label: 'Supprimer les brouillons laissés vides',
  inputSchema: [{ name: 'olderThanMinutes', type: 'number', min: 0 }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ input, req }) => {
    const olderThanMs = typeof input?.olderThanMinutes === 'number' ? input.olderThanMinutes * 60_000 : ABANDONED_AFTER_MS
    const deleted = await deleteAbandonedDrafts(req.payload, { olderThanMs })
    return { output: { deleted: deleted.length } }
  },
}
