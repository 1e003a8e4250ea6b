// ONISEP's `libelle_metier` gives both forms of a title in lower case, separated by " / ":
// "formateur / formatrice technique en agroéquipement", "luthier / luthière",
// "conseiller / conseillère principal / principale d'éducation". The career model wants a
// masculine (or only) title and a feminine one, each a title a reader can take as is.

export type SplitTitles = {
  title: string
  feminineTitle: string | null
  /** The label did not read as two forms of one title: kept whole, for an editor to split. */
  doubtful?: true
}

// Slashes that are part of a word, not a separator between forms: "2D/3D", "TCP/IP", "24h/24".
const WORD_SLASH = /(\S)\/(\S)/g

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1)

/** Typewriter apostrophes become French ones; spaces are single. */
const tidy = (text: string) => text.replace(/'/g, '’').replace(/\s+/g, ' ').trim()

const words = (text: string) => text.split(' ').filter(Boolean)

// Irregular pairs whose forms share no stem.
const PAIRS = new Set(['homme|femme'])

/**
 * Whether two words read as one word's masculine and feminine forms, or the same word: they
 * share their stem, all but the last three letters of the shorter one at least ("directeur /
 * directrice", "chef / cheffe", "acteur / actrice"), never "qualité / sécurité" or
 * "sport / loisirs", which are two things, not two genders.
 */
const genderPair = (masculine: string, feminine: string) => {
  const [a, b] = [masculine.toLocaleLowerCase('fr'), feminine.toLocaleLowerCase('fr')]
  if (a === b || PAIRS.has(`${a}|${b}`)) return true
  let shared = 0
  while (shared < Math.min(a.length, b.length) && a[shared] === b[shared]) shared++
  return shared >= Math.max(2, Math.min(a.length, b.length) - 3)
}

type Reading = { masculine: string[]; feminine: string[]; pairs: [string, string][] }

/**
 * "formateur / formatrice technique …", "chef de projet / cheffe de projet": the words before
 * the slash stand for as many words after it; the words after those are shared by both forms,
 * and a shorter feminine part borrows the rest of the masculine one. Two parts only.
 */
const positional = (chunks: string[][]): Reading | null => {
  if (chunks.length !== 2) return null
  const [before, after] = chunks as [string[], string[]]
  const pairs: [string, string][] = []
  for (let index = 0; index < Math.min(before.length, after.length); index++) pairs.push([before[index]!, after[index]!])
  return { masculine: [...before, ...after.slice(before.length)], feminine: [...after, ...before.slice(after.length)], pairs }
}

/**
 * "conseiller / conseillère principal / principale d’éducation", "secrétaire médical /
 * médicale", "garde forestier / forestière": the last word before each slash and the first
 * word after it are the two forms of one word; the rest is shared.
 */
const alternation = (chunks: string[][]): Reading => {
  const masculine = [...chunks[0]!]
  const feminine = [...chunks[0]!]
  const pairs: [string, string][] = []
  for (let index = 1; index < chunks.length; index++) {
    const [first, ...rest] = chunks[index]!
    pairs.push([masculine[masculine.length - 1] ?? '', first ?? ''])
    feminine[feminine.length - 1] = first ?? feminine[feminine.length - 1]!
    masculine.push(...rest)
    feminine.push(...rest)
  }
  return { masculine, feminine, pairs }
}

/**
 * Splits ONISEP's label into the two titles the career model holds. Rules, in order:
 * - no " / ": one form (feminine empty), e.g. "sage-femme";
 * - one " / ": the words before it stand for as many words after it, the rest is shared:
 *   "formateur / formatrice technique en agroéquipement" → "formateur technique en
 *   agroéquipement" / "formatrice technique en agroéquipement"; "chef de projet / cheffe de
 *   projet" → "chef de projet" / "cheffe de projet";
 *   when that does not read as two forms, or with several " / ", each slash sets the word
 *   before it against the word after it: "conseiller / conseillère principal / principale
 *   d’éducation", "secrétaire médical / médicale", "garde forestier / forestière";
 * - a bare slash between two lower-case words separates forms too ("luthier/luthière"),
 *   while "2D/3D" or "TCP/IP" (digits or capitals) stay as they are.
 * Every pair of words set against each other must read as one word's two forms (genderPair);
 * otherwise the label is kept whole as the title and marked `doubtful`. The first letter is
 * capitalised and nothing else changes case, so acronyms and proper nouns keep theirs.
 * Identical forms give an empty feminine title.
 */
export const splitTitles = (label: string): SplitTitles => {
  const tidied = tidy(label)
  const text = tidied.replace(WORD_SLASH, (match, before: string, after: string) =>
    /[a-zà-ÿ]/.test(before) && /[a-zà-ÿ]/.test(after) ? `${before} / ${after}` : match,
  )
  const parts = text.split(' / ')
  if (parts.length === 1) return { title: capitalise(text), feminineTitle: null }
  const chunks = parts.map(words)
  // Two readings; the first whose words set against each other are each one word's two forms.
  const reading = [positional(chunks), alternation(chunks)].find((candidate) => candidate && candidate.pairs.every(([m, f]) => genderPair(m, f)))
  // Words set against each other that are not one word's two forms ("… de la communication /
  // du marketing", "steward / hôtesse de l’air"): no split is safe. The label stays whole as
  // the title, and the import lists it for an editor to write the two titles.
  if (!reading) return { title: capitalise(tidied), feminineTitle: null, doubtful: true }
  const { masculine, feminine } = reading
  const title = capitalise(masculine.join(' '))
  const feminineTitle = capitalise(feminine.join(' '))
  return { title, feminineTitle: feminineTitle === title ? null : feminineTitle }
}
