import type { ImportBeforeHook } from '@payloadcms/plugin-import-export/types'
import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

import { rowSavedAsDraft } from './spreadsheetRowsAsDrafts'
import { withoutUnchangedRows } from './unchangedRows'

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
 * Each batch of rows before the plugin saves them (its `import.hooks.before`): dates repaired,
 * the match column checked (on the first batch, before anything is saved), new rows made new,
 * rows that change nothing left out (unchangedRows.ts). The preview runs this too, without
 * MATCHING: only the dates are repaired there.
 */
export const prepareRows =
  (collection: CollectionSlug): ImportBeforeHook =>
  async ({ batchNumber, data, originalData, req }) => {
    const repaired = datesWithTheirZones(data as Record<string, unknown>[], originalData)
    const matching = req.context[MATCHING] as Matching | undefined
    if (!matching || matching.importMode === 'create') return repaired as typeof data
    if (batchNumber === 1) assertMatchColumn(originalData, matching)
    const rows = newRowsHaveNoId(repaired, matching)
    const savedAsDraft = (row: Record<string, unknown>, main: { _status?: string }) => rowSavedAsDraft(req.user, 'update', row._status, main._status)
    // The plugin skips an empty place in the batch and numbers the other rows as in the file.
    return (await withoutUnchangedRows(req as PayloadRequest, collection, matching.matchField, rows, savedAsDraft)) as typeof data
  }
