/**
 * The highest page number of a list or of search results. Each list page is cached, a 404 past
 * the end included: this bounds what a crawler trying every number can make the cache keep.
 * 9 999 pages of 10 posts is five times the largest corpus measured (20 000 posts).
 */
export const MAX_PAGE = 9_999

/** "?page=3" → 3, absent → 1; anything else (negative, text, above MAX_PAGE, repeated) → null. */
export const parsePageNumber = (raw: string | string[] | undefined): number | null => {
  if (raw === undefined) return 1
  if (typeof raw !== 'string' || !/^[1-9]\d*$/.test(raw) || Number(raw) > MAX_PAGE) return null
  return Number(raw)
}
