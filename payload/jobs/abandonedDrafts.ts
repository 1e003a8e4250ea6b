import { isDeepStrictEqual } from 'node:util'

import type { FlattenedField, Payload, TaskConfig, Where } from 'payload'

import { REVIEW_BOOKKEEPING_FIELDS } from '@/payload/review/fields'
import { walk } from '@/payload/richText/walk'

/**
 * "Créer" on a collection with autosaved drafts makes the document at once (Payload's create
 * view does, so that autosave has something to save to). An editor who opens the form and
 * leaves without typing would leave an empty draft behind in the list.
 *
 * Decided with the draft-validation rule (drafts save however incomplete, so autosave never
 * refuses a half-written article): keep Payload's creation, and delete the drafts nobody wrote
 * in. A draft is abandoned when every field holds nothing but what the create form puts there
 * (empty, or the field's default value), it was never saved after its creation (autosave adds a
 * version within two seconds of the first keystroke) and it is older than ABANDONED_AFTER_MS.
 * Nothing says whether its form is still open (Payload locks a document only once the editor
 * types, and the admin's session itself lasts two hours without activity), so the delay is
 * long: an editor who opens a form in the morning and starts writing after lunch writes into it.
 */
export const ABANDONED_AFTER_MS = 12 * 60 * 60 * 1000

export type AbandonedDraft = { collection: string; id: number | string }

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** Nodes that hold nothing by themselves, only through their children (an empty paragraph). */
const CONTAINERS = new Set(['root', 'paragraph', 'heading', 'list', 'listitem', 'quote', 'linebreak'])

/** Lexical's state for an editor nobody typed in: no text, and no node (upload, block, rule) but containers. */
const isEmptyRichText = (value: unknown): boolean => {
  if (!(value as { root?: unknown } | null)?.root) return isEmpty(value)
  for (const node of walk(value)) {
    if (typeof node.text === 'string' ? node.text.trim() !== '' : !CONTAINERS.has(String(node.type))) return false
  }
  return true
}

/** Fields Payload or our hooks fill by themselves, not the editor. */
const SYSTEM_FIELDS = new Set<string>(['id', 'createdAt', 'updatedAt', '_status', 'deletedAt', ...REVIEW_BOOKKEEPING_FIELDS])

/**
 * Whether every field holds only what the create form gives it: nothing, or its default value.
 * A default computed from the request (the author: whoever opened the form) counts as such
 * whatever it holds, since the job cannot replay who opened the form.
 */
const holdsOnlyDefaults = (fields: FlattenedField[], data: Record<string, unknown>): boolean =>
  fields.every((field) => {
    if (SYSTEM_FIELDS.has(field.name) || field.type === 'join' || ('virtual' in field && field.virtual)) return true
    const value = data[field.name]
    if (isEmpty(value)) return true
    if (field.type === 'richText') return isEmptyRichText(value)
    if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field && value && typeof value === 'object')
      return holdsOnlyDefaults(field.flattenedFields, value as Record<string, unknown>)
    if (typeof field.defaultValue === 'function') return true
    return field.defaultValue !== undefined && isDeepStrictEqual(value, field.defaultValue)
  })

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
    // A title without a default that holds something rules a draft out: only untitled drafts are
    // loaded, not every old draft with its article, every hour.
    const titleField = collection.flattenedFields.find((field) => field.name === collection.admin.useAsTitle)
    const untitled: Where[] =
      titleField && titleField.name !== 'id' && titleField.defaultValue === undefined
        ? [{ or: [{ [titleField.name]: { exists: false } }, { [titleField.name]: { equals: '' } }] }]
        : []
    const candidates = await payload.find({
      collection: slug,
      depth: 0,
      pagination: false,
      where: { and: [{ _status: { equals: 'draft' } }, { createdAt: { less_than: createdBefore } }, ...untitled] },
      overrideAccess: true,
    })
    const blank = candidates.docs.filter((doc) => holdsOnlyDefaults(collection.flattenedFields, doc as unknown as Record<string, unknown>))
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
