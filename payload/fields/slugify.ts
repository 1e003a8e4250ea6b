import { slugify as transliterate } from 'transliteration'

import { INSIDE_WORDS } from '@/payload/text/invisibleCharacters'

export const SLUG_MAX_LENGTH = 96

// transliteration's tables cover ligatures (ﬁ, œ, æ), letters with no decomposition (ł, ø, đ,
// ß) and other scripts. French choices on top: "&" reads "et", ü is u (not the German ue),
// camelCase is not split ("iPhone" → "iphone"), and symbols read as words, or not at all
// (its own tables give "2 000 €" → "2-000-eu", "n° 1" → "ndeg-1", "§ 3" → "ss-3").
const SYMBOLS: [string, string][] = [
  ['&', ' et '],
  ['€', ' euros '],
  ['£', ' livres '],
  ['$', ' dollars '],
  ['‰', ' pour mille '],
  ['%', ' pour cent '],
  ['°', ' '],
  ['§', ' '],
  ['©', ' '],
  ['®', ' '],
  ['™', ' '],
  ['ẞ', 'ss'],
]
const FRENCH = { lowercase: true, separator: '-', trim: true, replace: SYMBOLS }


// A long title loses whole words ("…-recommandent-au" read like a typo in the address). A word
// that would leave less than half the room ("le-" before 120 letters) is cut inside instead:
// "le" alone would say nothing and collide with every such title.
const cutAtWord = (slug: string): string => {
  if (slug.length <= SLUG_MAX_LENGTH) return slug
  const lastDash = slug.lastIndexOf('-', SLUG_MAX_LENGTH)
  return lastDash >= SLUG_MAX_LENGTH / 2 ? slug.slice(0, lastDash) : slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '')
}

/**
 * "Ingénieur d'études" → "ingenieur-d-etudes", "Les ﬁlières ofﬁcielles" →
 * "les-filieres-officielles", "Arts & Métiers" → "arts-et-metiers". At most SLUG_MAX_LENGTH
 * characters (cut between words where one falls in the second half), a-z, 0-9 and single dashes; a valid slug is returned unchanged.
 */
export const slugify = (input: string): string =>
  cutAtWord(
    transliterate(
      input
        .replace(INSIDE_WORDS, '')
        // Superscript letters of ordinals ("15ᵉ", "1ʳᵉ") go, as they always did; then the styled
        // letters of pasted "fancy text" (𝐋𝐞 𝐦é𝐭𝐢𝐞𝐫, Ⓐ, ①, full-width) become plain ones.
        .replace(/\p{Lm}/gu, '')
        .normalize('NFKC'),
      FRENCH,
    )
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+/, '')
      .replace(/-+$/, ''),
  )

export const isValidSlug = (value: string): boolean =>
  value.length > 0 && value.length <= SLUG_MAX_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
