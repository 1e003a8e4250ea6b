import path from 'node:path'

import { importExportPlugin } from '@payloadcms/plugin-import-export'
import type { ImportBeforeHook } from '@payloadcms/plugin-import-export/types'
import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionConfig, type CollectionSlug, type Endpoint, type Field, type PayloadRequest } from 'payload'

import { isEditor } from '@/payload/access/isEditor'
import { isStaff } from '@/payload/access/isStaff'
import { revalidateTags } from '@/payload/hooks/revalidateTags'

import { summaryInFrench } from './issuesInFrench'
import { spreadsheetCsvForPlugin, UnreadableSpreadsheet } from './spreadsheetCsv'
import { withoutUnchangedRows } from './unchangedRows'
import { SPREADSHEET_IMPORT } from './spreadsheetRowsAsDrafts'

/** Where exported and imported files are kept (beside the media, never in the working tree). */
const filesDir = (name: string) => path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || '.data/media', '..', name)

const isCsvName = (name: string | undefined) => /\.csv$/i.test(name ?? '')

/**
 * Before the plugin reads an uploaded file: a CSV saved by a French spreadsheet becomes what it
 * reads (spreadsheetCsv.ts), whatever type the browser gave it (Chrome on Windows sends Excel's
 * `application/vnd.ms-excel` for `.csv`); the rows' saves then follow spreadsheetRowsAsDrafts
 * and expire the site's cache once, at the end (`deferredTags`).
 */
const readSpreadsheetUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const { file } = req
  if (file && isCsvName(file.name)) {
    file.data = readableCsv(file.data)
    file.size = file.data.length
    file.mimetype = 'text/csv'
  }
  req.context[SPREADSHEET_IMPORT] = true
  req.context.deferredTags = new Set<string>()
  const { importMode, matchField } = (args.data ?? {}) as { importMode?: string; matchField?: string }
  req.context[MATCHING] = { importMode, matchField: matchField || 'id' }
  return args
}

const MATCHING = 'spreadsheetMatching'

/**
 * "Mettre à jour, ou créer" by id: a row the editor added has no id, and the plugin refuses a
 * row without its match value even in that mode ("Match field "id" not found"). Such a row is
 * new: an id that matches nothing (-1) lets the plugin create it (it drops the id it was given).
 */
const newRowsHaveNoId = (rows: Record<string, unknown>[], matching: Matching) =>
  matching.importMode === 'upsert' && matching.matchField === 'id'
    ? rows.map((row) => (row.id === undefined || row.id === null || String(row.id) === '' ? { ...row, id: -1 } : row))
    : rows

type Matching = { importMode?: string; matchField: string }

/**
 * A date with its time zone is two columns, `publishedAt` and `publishedAt_tz`; the plugin's
 * CSV reading (3.90.1) takes the second for a sub-field of the first and makes the date
 * `{ tz: 'Europe/Paris' }`, losing it. Both are put back from the file's own row.
 */
const datesWithTheirZones = (rows: Record<string, unknown>[], originals: Record<string, unknown>[]) =>
  rows.map((row, index) => {
    const original = originals[index] ?? {}
    const repaired = { ...row }
    for (const [key, zone] of Object.entries(original)) {
      const date = key.endsWith('_tz') ? key.slice(0, -3) : undefined
      if (!date || !(date in original)) continue
      const value = row[date]
      if (value && typeof value === 'object' && !(value instanceof Date) && 'tz' in value) {
        repaired[date] = original[date]
        repaired[key] = zone
      }
    }
    return repaired
  })

/** Each batch of rows before the plugin saves them: dates repaired, new rows made new, unchanged rows left out (unchangedRows.ts). */
const prepareRows =
  (collection: CollectionSlug): ImportBeforeHook =>
  async ({ data, originalData, req }) => {
    const repaired = datesWithTheirZones(data as Record<string, unknown>[], originalData)
    const matching = req.context[MATCHING] as Matching | undefined
    if (!matching || matching.importMode === 'create') return repaired as typeof data
    // Without the column, every row would be new (by id) or refused one by one (by slug).
    if (!originalData.some((row) => matching.matchField in row))
      throw new APIError(
        `Le fichier n’a pas de colonne « ${matching.matchField} » : rien n’a été importé. Exportez avec cette colonne, ou choisissez l’autre façon de retrouver les éléments (« id » ou « slug »).`,
        400,
        undefined,
        true,
      )
    const rows = newRowsHaveNoId(repaired, matching)
    // The plugin skips an empty place in the batch and numbers the other rows as in the file.
    return (await withoutUnchangedRows(req, collection, matching.matchField, rows)) as typeof data
  }

/** The file as the plugin reads it, or a 400 saying in French why it cannot be read. */
const readableCsv = (bytes: Buffer): Buffer => {
  try {
    return spreadsheetCsvForPlugin(bytes)
  } catch (error) {
    if (error instanceof UnreadableSpreadsheet) throw new APIError(error.message, 400, undefined, true)
    throw error
  }
}

/** Refused rows' reasons in French, in what is stored and in what the creation answers. */
const isCsvDoc = (doc: { mimeType?: unknown; filename?: unknown } | undefined) => doc?.mimeType === 'text/csv' || isCsvName(String(doc?.filename ?? ''))
const reportInFrench: CollectionBeforeChangeHook = ({ data, originalDoc }) =>
  data.summary ? { ...data, summary: summaryInFrench(data.summary, isCsvDoc({ ...originalDoc, ...data })) } : data
const answerInFrench: CollectionAfterChangeHook = ({ doc }) => (doc.summary ? { ...doc, summary: summaryInFrench(doc.summary, isCsvDoc(doc)) } : doc)

const expireOnce = ({ req }: { req: PayloadRequest }) => {
  const tags = req.context.deferredTags
  if (tags instanceof Set && tags.size > 0) revalidateTags(tags as Set<string>)
  req.context.deferredTags = undefined
}

/** The preview endpoint reads the file the admin sends as base64 in JSON: the same reading. */
const previewOfSpreadsheet = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    const body = (await req.json?.()) as { fileData?: string; format?: string } | undefined
    if (body?.fileData && body.format === 'csv') body.fileData = readableCsv(Buffer.from(body.fileData, 'base64')).toString('base64')
    const text = JSON.stringify(body ?? {})
    Object.assign(req, { text: async () => text, json: async () => body })
    return endpoint.handler(req)
  },
})

/**
 * An export always has its `id` column: the plugin's default columns are the list's visible
 * ones, without it, and a file without ids imported back "by id" would make every row a new
 * draft. Set on the three ways an export is asked for: save, download, preview.
 */
const withId = (data: { fields?: unknown } | undefined) => {
  if (data && Array.isArray(data.fields) && data.fields.length > 0 && !data.fields.includes('id')) data.fields = ['id', ...data.fields]
  return data
}

const exportWithId: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'create') withId(args.data as { fields?: unknown })
  return args
}

/** An endpoint of the plugin's that reads a JSON body, given that body with `id` among the fields. */
const bodyWithId = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    // The preview sends the export's fields as the body, the download under `data`.
    const body = (await req.json?.()) as { fields?: unknown; data?: { fields?: unknown } } | undefined
    withId(body)
    withId(body?.data)
    const text = JSON.stringify(body ?? {})
    Object.assign(req, { text: async () => text, json: async () => body })
    return endpoint.handler(req)
  },
})

const frenchLabels: Record<string, string> = {
  pending: 'En attente',
  completed: 'Terminé',
  partial: 'Terminé avec des lignes refusées',
  failed: 'Échoué',
  imported: 'Créés',
  updated: 'Mis à jour',
  total: 'Lignes lues',
  issues: 'Lignes refusées',
  issueDetails: 'Lignes refusées, une par une',
  asc: 'Croissant',
  desc: 'Décroissant',
}

/**
 * Field by field, what the plugin's form needs here:
 * - French labels where it wrote English ones (status, summary, sort order);
 * - the export's limit empty by default, meaning every matching element: the plugin's own limit
 *   field copies the list's page size, so an editor with 1 000 careers exporting "Ceux des
 *   filtres en cours" got the first 10, with nothing to say the file stopped there;
 * - the sort order as a plain select: the plugin's component shows "Ascending"/"Descending" of
 *   its own, in English whatever the admin's language.
 */
const inFrench = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const named = field as Field & { name?: string; label?: unknown; options?: unknown; fields?: Field[]; admin?: Record<string, unknown> }
    const next: Record<string, unknown> = { ...named }
    if (named.name === 'collectionSlug') next.label = 'Collection'
    // What an editor exporting, editing and importing back means: update what is there, create what was added.
    if (named.name === 'importMode') next.defaultValue = 'upsert'
    if (named.name === 'limit' || named.name === 'sortOrder') {
      const { components: _plugins, ...admin } = named.admin ?? {}
      next.admin = named.name === 'limit' ? { ...admin, placeholder: 'Tous' } : admin
    }
    if (named.name && typeof named.label === 'string' && frenchLabels[named.name]) next.label = frenchLabels[named.name]
    if (Array.isArray(named.options))
      next.options = named.options.map((option: { label?: unknown; value: string } | string) =>
        typeof option === 'object' && typeof option.label === 'string' && frenchLabels[option.value] ? { ...option, label: frenchLabels[option.value] } : option,
      )
    if (Array.isArray(named.fields)) next.fields = inFrench(named.fields)
    return next as Field
  })

const staffOnly = (collection: CollectionConfig, labels: CollectionConfig['labels'], dir: string): CollectionConfig => ({
  ...collection,
  labels,
  access: { ...collection.access, read: isStaff, create: isStaff, delete: isEditor },
  admin: { ...collection.admin, group: 'Administration' },
  fields: inFrench(collection.fields),
  upload: typeof collection.upload === 'object' ? { ...collection.upload, staticDir: filesDir(dir) } : collection.upload,
})

/**
 * CSV and JSON export and import of careers and news from their admin lists (Payload's
 * import/export plugin). Both run within the request (no job): the editor sees the report as
 * soon as the file is read, kept in "Imports" with the rows refused and why. Each row is saved
 * on its own, in its own transaction, with the editor's access (the plugin's `overrideAccess:
 * false`): a refused row leaves nothing behind and does not stop the others.
 */
export const spreadsheets = importExportPlugin({
  collections: [
    { slug: 'careers', export: { disableJobsQueue: true }, import: { disableJobsQueue: true, defaultVersionStatus: 'draft', hooks: { before: prepareRows('careers') } } },
    { slug: 'news', export: { disableJobsQueue: true }, import: { disableJobsQueue: true, defaultVersionStatus: 'draft', hooks: { before: prepareRows('news') } } },
  ],
  defaultVersionStatus: 'draft',
  overrideExportCollection: ({ collection }) => {
    const base = staffOnly(collection, { singular: 'Export', plural: 'Exports' }, 'exports')
    return {
      ...base,
      endpoints: Array.isArray(base.endpoints) ? base.endpoints.map(bodyWithId) : base.endpoints,
      hooks: { ...base.hooks, beforeOperation: [exportWithId, ...(base.hooks?.beforeOperation ?? [])] },
    }
  },
  overrideImportCollection: ({ collection }) => {
    const base = staffOnly(collection, { singular: 'Import', plural: 'Imports' }, 'imports')
    return {
      ...base,
      endpoints: Array.isArray(base.endpoints) ? base.endpoints.map((endpoint) => (endpoint.path === '/preview-data' ? previewOfSpreadsheet(endpoint) : endpoint)) : base.endpoints,
      hooks: {
        ...base.hooks,
        beforeOperation: [readSpreadsheetUpload, ...(base.hooks?.beforeOperation ?? [])],
        beforeChange: [...(base.hooks?.beforeChange ?? []), reportInFrench],
        afterChange: [...(base.hooks?.afterChange ?? []), answerInFrench, expireOnce],
      },
    }
  },
})
