import { slugify as transliterate } from 'transliteration'

export const SLUG_MAX_LENGTH = 96

// transliteration's tables cover ligatures (ﬁ, œ, æ), letters with no decomposition (ł, ø, đ,
// ß) and other scripts. French choices on top: "&" reads "et", ü is u (not the German ue),
// and camelCase is not split ("iPhone" → "iphone").
const FRENCH = { lowercase: true, separator: '-', trim: true, replace: [['&', ' et ']] as [string, string][] }

// Invisible characters that sit inside a word (zero-width space and joiners, word joiner, BOM,
// soft hyphen): a pasted title holding one must not be cut in two.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

/**
 * "Ingénieur d'études" → "ingenieur-d-etudes", "Les ﬁlières ofﬁcielles" →
 * "les-filieres-officielles", "Arts & Métiers" → "arts-et-metiers". At most SLUG_MAX_LENGTH
 * characters, a-z, 0-9 and single dashes; a valid slug is returned unchanged.
 */
export const slugify = (input: string): string =>
  transliterate(input.replace(INVISIBLE, ''), FRENCH)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')

export const isValidSlug = (value: string): boolean =>
  value.length > 0 && value.length <= SLUG_MAX_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
