import type { CollectionSlug, PayloadRequest } from 'payload'

// Written by the app, never by the file: who saved last, the review's state.
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'editedByName', 'reviewState', 'review'])

/** A value as it compares: a linked document by its id, dates as ISO text, numbers and text alike. */
const comparable = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.map(comparable)
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    if (entries.length > 0 && 'id' in value && entries.every(([key]) => key === 'id' || key === 'relationTo')) return comparable((value as { id: unknown }).id)
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([key, inner]) => [key, comparable(inner)]))
  }
  return value
}

/**
 * Whether the row would change the document: every value the row gives (an empty cell gives
 * none: the plugin keeps what is there) equals the document's. Groups compare field by field;
 * lists as a whole. `ignore` leaves keys out at the top level.
 */
export const rowChanges = (row: Record<string, unknown>, doc: Record<string, unknown>, ignore: ReadonlySet<string> = IGNORED): boolean =>
  Object.entries(row).some(([key, value]) => {
    if (ignore.has(key) || value === undefined) return false
    const current = doc[key]
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && current && typeof current === 'object' && !Array.isArray(current) && !('id' in value))
      return rowChanges(value as Record<string, unknown>, current as Record<string, unknown>, IGNORED)
    return JSON.stringify(comparable(value)) !== JSON.stringify(comparable(current))
  })

type Doc = Record<string, unknown> & { id: number | string; _status?: string }

/**
 * A spreadsheet export holds every career; the editor changes three. Rows that change nothing
 * are left out of the batch (as `undefined`, which the plugin skips while keeping the other rows'
 * numbers): no new version, no new `updatedAt`, and the report counts only real updates.
 *
 * A row is found as the plugin finds it (the documents' main rows, by `matchField`), then
 * compared with what it would be saved over: the latest version when it is saved as a draft
 * (`savedAsDraft`, told the document's main row), its status left aside since it will be a draft
 * anyway; the published document otherwise. So an untouched export of the published pages,
 * imported back while drafts wait, saves nothing and leaves the drafts the latest versions.
 */
export async function withoutUnchangedRows<Row extends Record<string, unknown>>(
  req: PayloadRequest,
  collection: CollectionSlug,
  matchField: string,
  rows: Row[],
  savedAsDraft: (row: Row, main: Doc) => boolean,
): Promise<(Row | undefined)[]> {
  const keys = rows.map((row) => row[matchField]).filter((key): key is string | number => typeof key === 'string' || typeof key === 'number')
  if (keys.length === 0) return rows
  const read = { collection, depth: 0, pagination: false, overrideAccess: false, user: req.user, req } as const
  const mains = (await req.payload.find({ ...read, where: { [matchField]: { in: [...new Set(keys)] } } })).docs as unknown as Doc[]
  const latests = mains.length ? ((await req.payload.find({ ...read, draft: true, where: { id: { in: mains.map((doc) => doc.id) } } })).docs as unknown as Doc[]) : []
  const mainByKey = new Map(mains.map((doc) => [String(doc[matchField]), doc]))
  const latestById = new Map(latests.map((doc) => [String(doc.id), doc]))
  const withoutStatus = new Set([...IGNORED, '_status'])
  return rows.map((row) => {
    const main = mainByKey.get(String(row[matchField]))
    if (!main) return row
    const draft = savedAsDraft(row, main)
    const target = draft ? (latestById.get(String(main.id)) ?? main) : main
    return rowChanges(row, target, draft ? withoutStatus : IGNORED) ? row : undefined
  })
}
