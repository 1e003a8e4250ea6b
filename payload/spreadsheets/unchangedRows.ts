import type { CollectionSlug, PayloadRequest, Where } from 'payload'

const IGNORED = new Set(['id', 'createdAt', 'updatedAt'])

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
 * lists as a whole.
 */
export const rowChanges = (row: Record<string, unknown>, doc: Record<string, unknown>): boolean =>
  Object.entries(row).some(([key, value]) => {
    if (IGNORED.has(key) || value === undefined) return false
    const current = doc[key]
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && current && typeof current === 'object' && !Array.isArray(current) && !('id' in value))
      return rowChanges(value as Record<string, unknown>, current as Record<string, unknown>)
    return JSON.stringify(comparable(value)) !== JSON.stringify(comparable(current))
  })

/**
 * A spreadsheet export holds every career; the editor changes three. Rows that change nothing
 * are left out of the batch (as `undefined`, which the plugin skips while keeping the other rows'
 * numbers): no new version, no new `updatedAt`, and the report counts only real updates.
 * Compared with the latest version (a draft, when there is one), as the row would be saved over it.
 */
export async function withoutUnchangedRows<Row extends Record<string, unknown>>(
  req: PayloadRequest,
  collection: CollectionSlug,
  matchField: string,
  rows: Row[],
): Promise<(Row | undefined)[]> {
  const keys = rows.map((row) => row[matchField]).filter((key): key is string | number => typeof key === 'string' || typeof key === 'number')
  if (keys.length === 0) return rows
  const where: Where = { [matchField]: { in: [...new Set(keys)] } }
  const { docs } = await req.payload.find({ collection, where, draft: true, depth: 0, pagination: false, overrideAccess: false, user: req.user, req })
  const byKey = new Map(docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[matchField]), doc as unknown as Record<string, unknown>]))
  return rows.map((row) => {
    const doc = byKey.get(String(row[matchField]))
    return doc && !rowChanges(row, doc) ? undefined : row
  })
}
