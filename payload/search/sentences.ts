import { HIGHLIGHT_START, HIGHLIGHT_STOP } from './searchQuery'

// French text cut into sentences, for search excerpts: the text may carry the highlight marks
// around matched words, which count as nothing here (a sentence may start with a marked word).

/** What does not show between two sentences: format characters (zero-width space, joiners,
 * soft hyphen, bidi marks) and the highlight marks. */
const INVISIBLE = `\\p{Cf}${HIGHLIGHT_START}${HIGHLIGHT_STOP}`

/** Characters that may open a sentence: a capital, a number, an opening quote or bracket, an
 * emoji, a list bullet. A lower-case letter never does ("hésite… puis repart", "etc. dans"). */
const SENTENCE_START = /[\p{Lu}\p{Lt}\p{N}«“‘"'(\[¿¡•\-–—\p{Extended_Pictographic}]/u

/**
 * The end of a sentence: its marks (". ", "?!", "…"), any closing quote or bracket after them
 * ("! »", with the non-breaking space French puts before it), then a space or line break, then
 * what the next sentence starts with (checked apart).
 */
const SENTENCE_END = new RegExp(`[.!?…]+((?:[\\s${INVISIBLE}]*[»”’")\\]])*)([\\s${INVISIBLE}]+)(?=([^\\s${INVISIBLE}]))`, 'gu')

/**
 * Short forms whose period ends no sentence, even before a capital: titles before a name
 * ("M. Dupont", "Dr. Martin") and references ("cf. Annexe", "p. 12"). Single capitals
 * ("J. Dupont") are initials, checked apart. "etc." is not here: before a capital it does end
 * the sentence, as in "du bois, du verre, etc. Il…"; before a small letter nothing splits.
 */
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'mgr', 'me', 'dr', 'pr', 'st', 'ste', 'cf', 'p', 'pp', 'av', 'bd', 'env', 'ex', 'chap', 'fig', 'réf', 'tél'])

/** A paragraph break, or a line that starts like a sentence (a list typed line by line). A
 * line break inside a sentence (text wrapped by hand) is a space. */
const LINE_BOUNDARY = new RegExp(`\\n[\\s${INVISIBLE}]*\\n|\\n(?=[ \\t${INVISIBLE}]*${SENTENCE_START.source})`, 'u')

/** Bullets and dashes that open a list line belong to no sentence. */
const LEADING_BULLET = /^[•\-–—*·]\s+/u

const EDGES = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu

/** The word a period follows, without highlight marks: "M" in "… \uE000M\uE001.". */
const wordBefore = (text: string, end: number): string =>
  /[\p{L}\p{M}]*$/u.exec(text.slice(Math.max(0, end - 24), end).replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_STOP, ''))?.[0] ?? ''

/** Whether the period at `end` closes a short form or an initial rather than a sentence. */
const closesShortForm = (text: string, end: number, sentenceStart: number): boolean => {
  const word = wordBefore(text, end)
  if (/^\p{Lu}$/u.test(word)) return true
  if (ABBREVIATIONS.has(word.toLowerCase())) return true
  // A numbered list's "1." opens its line, it does not end it.
  return /^[\s\p{Cf}\d]*$/u.test(text.slice(sentenceStart, end).replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_STOP, ''))
}

const tidy = (sentence: string) => sentence.replace(EDGES, '').replace(LEADING_BULLET, '')

/** Sentences of one paragraph, cut after their closing quotes, before the space that follows. */
const paragraphSentences = (paragraph: string): string[] => {
  const sentences: string[] = []
  let start = 0
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const [whole, closers = '', spaces = '', next = ''] = match
    const marksEnd = match.index + whole.length - closers.length - spaces.length
    if (!/\s/u.test(spaces) || !SENTENCE_START.test(next)) continue
    if (paragraph[marksEnd - 1] === '.' && paragraph[marksEnd - 2] !== '.' && closesShortForm(paragraph, marksEnd - 1, start)) continue
    sentences.push(paragraph.slice(start, marksEnd + closers.length))
    start = marksEnd + closers.length
  }
  sentences.push(paragraph.slice(start))
  return sentences
}

/**
 * The sentences of a French text, in order, each trimmed of spaces and invisible characters at
 * its ends, as written otherwise (no case changed, non-breaking spaces and emoji kept). Handles
 * "M. Dupont", initials, "etc." before a small letter, numbers ("2 400,50 €", "2.5"),
 * ellipses, "?" and "!" before closing quotes, and list lines.
 */
export const splitSentences = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split(LINE_BOUNDARY)
    .flatMap(paragraphSentences)
    .map(tidy)
    .filter((sentence) => /[^\s\p{Cf}\p{P}]/u.test(sentence.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_STOP, '')))
