import type { Field, SanitizedConfig } from 'payload'

/** French labels of the upload fields Payload labels in English (the others are translated). */
const LABELS: Record<string, string> = { mimeType: 'Type de fichier' }

/**
 * Fields for the storage and the image pipeline: no editor sorts or filters images by them, and
 * their names ("Thumbnail URL", "Prefix", "_object Key", "Sizes > Card > Filesize") read as
 * English code in the list's column and filter menus.
 */
const TECHNICAL = new Set(['url', 'thumbnailURL', 'sizes', 'focalX', 'focalY', 'prefix', '_objectKey'])

/**
 * Payload's upload fields and the storage plugin's are added while the config is sanitized,
 * after plugins (and the plugin rebuilds `sizes`, `url` and `_objectKey`, dropping overrides
 * declared in the collection): they are relabelled on the sanitized config, as
 * `restrictJobStats` adjusts the jobs global.
 */
export const frenchUploadFields =
  (collectionSlug: string) =>
  (config: SanitizedConfig): SanitizedConfig => {
    const collection = config.collections.find((candidate) => candidate.slug === collectionSlug)
    for (const field of collection?.fields ?? []) relabel(field)
    return config
  }

const relabel = (field: Field) => {
  if (!('name' in field)) return
  if (LABELS[field.name]) field.label = LABELS[field.name]
  if (TECHNICAL.has(field.name)) keepOutOfLists(field)
}

// A group's own flag does not reach its fields: the filter menu listed "Sizes > Card > URL".
const keepOutOfLists = (field: Field) => {
  field.admin = { ...field.admin, disableListColumn: true, disableListFilter: true } as Field['admin']
  if ('fields' in field) for (const child of field.fields) keepOutOfLists(child)
}
