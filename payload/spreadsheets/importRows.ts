import type { ImportBeforeHook } from '@payloadcms/plugin-import-export/types'
import { APIError, type CollectionSlug, isolateObjectProperty, type PayloadRequest } from 'payload'

import { rowSavedAsDraft } from './spreadsheetRowsAsDrafts'
import { withoutUnchangedRows } from './unchangedRows'

/** `req.context` key: the transaction of the import's own document, as its creation began it. */
export const IMPORT_TRANSACTION = 'spreadsheetImportTransaction'

/**
 * After each batch of rows (the plugin's `import.hooks.after`, given the import's request): the
 * request's transaction put back. Over HTTP, saving a news post (or a career with sectors) left
 * the request carrying the row's own, already committed, transaction: the plugin's update of
 * the import's report then failed, and Payload, finding no transaction to commit, left the
 * import's open, "idle in transaction", its report never written; nine imports and the pool
 * was gone. Seen with Payload's own transaction log (payload 3.90.1, plugin 3.90.1); the
 * rows' transactions are committed either way.
 */
export const importTransactionBack = ({ req }: { req: PayloadRequest }) => {
  const own = req.context[IMPORT_TRANSACTION]
  if (own !== undefined && req.transactionID !== own) req.transactionID = own as PayloadRequest['transactionID']
}

/** `req.context` key: how the import being run finds each row's document. */
export const MATCHING = 'spreadsheetMatching'
export type Matching = { importMode: string; matchField: string }

/**
 * What the imports collection was asked, defaults included as the plugin applies them (the
 * field's default mode is "update or create", payload/spreadsheets/formFields.ts).
 */
export const matchingOf = (data: { importMode?: unknown; matchField?: unknown } | undefined): Matching => ({
  importMode: typeof data?.importMode === 'string' && data.importMode ? data.importMode : 'upsert',
  matchField: typeof data?.matchField === 'string' && data.matchField ? data.matchField : 'id',
})

/**
 * "Mettre à jour, ou créer" by id: a row the editor added has no id, and the plugin refuses a
 * row without its match value even in that mode ("Match field "id" not found"). Such a row is
 * new: an id that matches nothing (-1) lets the plugin create it (it drops the id it was given).
 */
const newRowsHaveNoId = (rows: Record<string, unknown>[], matching: Matching) =>
  matching.importMode === 'upsert' && matching.matchField === 'id'
    ? rows.map((row) => (row.id === undefined || row.id === null || String(row.id) === '' ? { ...row, id: -1 } : row))
    : rows

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

/**
 * The plugin's JSON export (3.90.1) writes `null` for every relationship (`"sectors": null`),
 * and importing that file back emptied them: a JSON row's `null` link is no value, not "none".
 * Emptying links stays possible with `[]`.
 */
const nullLinksLeftOut = (rows: Record<string, unknown>[], req: PayloadRequest, collection: CollectionSlug) => {
  const links = new Set(
    req.payload.collections[collection].config.flattenedFields.filter((field) => field.type === 'relationship' || field.type === 'upload').map((field) => field.name),
  )
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key, value]) => !(value === null && links.has(key)))))
}

/** Without the column, every row would be new (by id) or refused one by one (by slug): the whole file is refused. */
const assertMatchColumn = (originals: Record<string, unknown>[], { matchField }: Matching) => {
  if (originals.some((row) => matchField in row)) return
  throw new APIError(
    `Le fichier n’a pas de colonne « ${matchField} » : rien n’a été importé. Exportez avec cette colonne, ou choisissez l’autre façon de retrouver les éléments (« id » ou « slug »).`,
    400,
    undefined,
    true,
  )
}

/**
 * Each batch of rows before the plugin saves them (its `import.hooks.before`): a JSON file's
 * null links left out, dates repaired,
 * the match column checked (on the first batch, before anything is saved), new rows made new,
 * rows that change nothing left out (unchangedRows.ts). The preview runs this too, without
 * MATCHING: only the dates are repaired there.
 */
export const prepareRows =
  (collection: CollectionSlug): ImportBeforeHook =>
  async ({ batchNumber, data, format, originalData, req }) => {
    const read = format === 'json' ? nullLinksLeftOut(data as Record<string, unknown>[], req as PayloadRequest, collection) : (data as Record<string, unknown>[])
    const repaired = datesWithTheirZones(read, originalData)
    const matching = req.context[MATCHING] as Matching | undefined
    if (!matching || matching.importMode === 'create') return repaired as typeof data
    if (batchNumber === 1) assertMatchColumn(originalData, matching)
    const rows = newRowsHaveNoId(repaired, matching)
    const savedAsDraft = (row: Record<string, unknown>, main: { _status?: string }) => rowSavedAsDraft(req.user, 'update', row._status, main._status)
    // Read outside the import's own transaction, as the plugin saves each row: reads made on
    // the request of an HTTP import left its transaction open (the import's report never
    // committed, one connection "idle in transaction" per import).
    const apart = isolateObjectProperty(req as PayloadRequest, 'transactionID')
    apart.transactionID = undefined
    // The plugin skips an empty place in the batch and numbers the other rows as in the file.
    return (await withoutUnchangedRows(apart, collection, matching.matchField, rows, savedAsDraft)) as typeof data
  }
