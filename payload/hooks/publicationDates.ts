import { cleanText } from '@/payload/text/cleanText'

type Doc = Record<string, unknown>

export type PublicationDates = { publishedAt: string; contentUpdatedAt: string }

/**
 * Canonical form of a field value for "did the visitor-visible content change?": array row
 * ids and populated relations must not count as changes, nor must null versus empty.
 */
export const canonicalValue = (value: unknown): unknown => {
  // Text compares as it is stored and read: cleaning on the way in (payload/text) or spacing
  // a browser collapses is no change a reader sees.
  if (typeof value === 'string') return cleanText(value) || null
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) {
    const items = value.map(canonicalValue)
    return items.length === 0 ? null : items
  }
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    const entries = Object.entries(value as Doc)
    // A populated relation ({ id, title, … }) and its bare id mean the same thing here.
    if ('id' in (value as Doc) && entries.some(([key]) => key === 'createdAt'))
      return (value as Doc).id
    const kept = entries
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, canonicalValue(inner)] as const)
      .filter(([, inner]) => inner !== null)
      .sort(([a], [b]) => a.localeCompare(b))
    return kept.length === 0 ? null : Object.fromEntries(kept)
  }
  return value
}

export const visibleContentChanged = (
  previous: Doc,
  next: Doc,
  visibleFields: readonly string[],
): boolean =>
  visibleFields.some((field) => {
    // A partial update leaves absent fields as they were.
    const after = field in next ? next[field] : previous[field]
    return JSON.stringify(canonicalValue(previous[field])) !== JSON.stringify(canonicalValue(after))
  })

const asIso = (value: unknown): string | undefined => {
  if (value instanceof Date) return value.toISOString()
  if (typeof value !== 'string' || value === '') return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/**
 * "Publication le" and "MAJ le" for a document being saved as published.
 * - publishedAt: the editor's value if any, else the first publication instant (kept after).
 * - contentUpdatedAt: on first publication, the publication date, or the value given with a
 *   document created already published (imports and the seed bring history in faithfully);
 *   afterwards it moves to `now` only when visible content differs from what visitors saw,
 *   unless the editor ticked "correction mineure" (a typo fix keeps the date readers saw). A
 *   value arriving with a later save is never taken: it comes from an older version or a form
 *   (the field is read-only), and taking it would date the change before readers saw it.
 * A document taken offline and published again is not a first publication: its "MAJ le" moves
 * if its text changed meanwhile.
 */
export const nextPublicationDates = ({
  previous,
  next,
  visibleFields,
  now,
  minorCorrection = false,
  acceptGivenDates = false,
}: {
  /** The main row before this save: what visitors saw (or last saw, when unpublished). */
  previous: Doc | undefined
  next: Doc
  visibleFields: readonly string[]
  now: Date
  minorCorrection?: boolean
  /** The document is created by this save: dates given with it are history, not a form's echo. */
  acceptGivenDates?: boolean
}): PublicationDates => {
  const previousUpdate = asIso(previous?.contentUpdatedAt)
  const everPublished = previous?._status === 'published' || previousUpdate !== undefined
  const publishedAt = asIso(next.publishedAt) ?? asIso(previous?.publishedAt) ?? now.toISOString()

  if (!everPublished || !previous || !previousUpdate)
    return { publishedAt, contentUpdatedAt: (acceptGivenDates ? asIso(next.contentUpdatedAt) : undefined) ?? publishedAt }
  if (!minorCorrection && visibleContentChanged(previous, next, visibleFields))
    return { publishedAt, contentUpdatedAt: now.toISOString() }
  return { publishedAt, contentUpdatedAt: previousUpdate }
}
