import { INSIDE_WORDS } from './invisibleCharacters'

// Letters NFKD does not take apart: without them "Œnologie" and "oenologie", "Łódź" and "Lodz" would differ.
const LIGATURES: [RegExp, string][] = [
  [/œ/g, 'oe'],
  [/æ/g, 'ae'],
  [/ß/g, 'ss'],
  [/ł/g, 'l'],
  [/ø/g, 'o'],
  [/[đð]/g, 'd'],
  [/þ/g, 'th'],
  [/ı/g, 'i'],
]

/**
 * Text as a reader compares it by eye: case, accents, ligatures (ﬁ, œ), curly apostrophes,
 * invisible characters and runs of spaces (non-breaking ones included) do not count.
 * "Gérer  l’Œuvre" and "gerer l'oeuvre" fold alike. For matching only, never for display.
 */
export const foldForMatching = (text: string): string => {
  let folded = text.replace(INSIDE_WORDS, '').normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr')
  for (const [letter, spelled] of LIGATURES) folded = folded.replace(letter, spelled)
  return folded.replace(/[’‘ʼ`´]/g, "'").replace(/\s+/gu, ' ').trim()
}
