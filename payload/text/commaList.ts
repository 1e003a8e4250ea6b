/**
 * The items of a comma-separated query value, as people write and browsers send them:
 * `a,b` and a repeated parameter (`x=a&x=b`) alike, each item trimmed, empty ones dropped.
 */
export const commaList = (value: string | string[] | undefined | null): string[] =>
  (Array.isArray(value) ? value : [value ?? ''])
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter(Boolean)
