/** "?page=3" → 3, absent → 1; anything else (negative, text, huge, repeated) → null. */
export const parsePageNumber = (raw: string | string[] | undefined): number | null => {
  if (raw === undefined) return 1
  if (typeof raw !== 'string' || !/^[1-9]\d{0,4}$/.test(raw)) return null
  return Number(raw)
}
