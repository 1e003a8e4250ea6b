type Doc = Record<string, unknown>

export type PublicationDates = { publishedAt: string; contentUpdatedAt: string }

/**
 * Canonical form of a field value for "did the visitor-visible content change?": array row
 * ids and populated relations must not count as changes, nor must null versus empty.
 */
export const canonicalValue = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
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
 *   A restored version never brings back its own: restoring is an edit, not a time machine.
 * - contentUpdatedAt: on first publication, the publication date (or a value given with the
 *   document, so imports and the seed bring history in faithfully); afterwards it moves to
 *   `now` only when visible content differs from the published version, unless the editor
 *   ticked "correction mineure" (a typo fix keeps the date readers saw). A value arriving with
 *   a later save is never taken: it comes from an older version (a restore, a draft made from
 *   one), and taking it would date the change before readers saw the text it replaces.
 */
export const nextPublicationDates = ({
  previous,
  next,
  visibleFields,
  now,
  minorCorrection = false,
  restoring = false,
}: {
  previous: Doc | undefined
  next: Doc
  visibleFields: readonly string[]
  now: Date
  minorCorrection?: boolean
  /** The save restores an earlier version (Payload's req.context.isRestoringVersion). */
  restoring?: boolean
}): PublicationDates => {
  const wasPublished = previous?._status === 'published'
  const previousPublication = asIso(previous?.publishedAt)
  const publishedAt =
    (restoring && wasPublished ? previousPublication : undefined) ?? asIso(next.publishedAt) ?? previousPublication ?? now.toISOString()
  const previousUpdate = asIso(previous?.contentUpdatedAt)

  if (!wasPublished || !previous || !previousUpdate)
    return { publishedAt, contentUpdatedAt: asIso(next.contentUpdatedAt) ?? publishedAt }
  if (!minorCorrection && visibleContentChanged(previous, next, visibleFields))
    return { publishedAt, contentUpdatedAt: now.toISOString() }
  return { publishedAt, contentUpdatedAt: previousUpdate }
}
