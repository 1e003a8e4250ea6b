import { foldForMatching } from '@/payload/text/foldForMatching'
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from './searchQuery'
import { splitSentences } from './sentences'

// The excerpt under a search result, built from whole units: a sentence of the summary (or of
// a news excerpt), or one list item (a skill, a mission, a training). PostgreSQL decides which
// words match, the way the search does (French stems, accents and case folded): it marks every
// one of them in the text (ts_headline with HighlightAll), and this picks the units to show.
// ts_headline's own fragments start anywhere ("de la production et encadre…") and stitch
// pieces of different items into one sentence; units do neither.

/** Between the units handed to ts_headline: the body, then each list item. Private use, like
 * the highlight marks: no text has it, and PostgreSQL gives it back untouched. */
export const UNIT_BREAK = '\uE002'

/** Words shown at most, all units together: two lines under a title. */
export const EXCERPT_MAX_WORDS = 35
/** A unit too long keeps its start when the first matched word is within this many words. */
const LEAD_WORDS = 25
/** Words kept before a matched word when a long unit's start has to go. */
const CONTEXT_WORDS = 6
/** Fewer words left than this: no further unit is cut to fit. */
const MIN_PIECE_WORDS = 8
const MAX_UNITS = 3

export type ExcerptSource = {
  /** The summary (careers) or excerpt (news), matched words marked. */
  body: string
  /** Skills, missions, trainings, each whole, matched words marked. */
  items: string[]
}

type Unit = {
  /** Position in the text, body first: units are shown in this order. */
  order: number
  /** Which part it comes from (0 the body, then each item): sentences of one part read on. */
  part: number
  /** Words as written, split at ordinary spaces (a non-breaking space joins "2 400 €"). */
  words: string[]
  /** The matched words, roughly stemmed, so that a unit adding nothing new can be told. */
  matched: Set<string>
}

type Piece = { unit: Unit; text: string; length: number }

/** ts_headline's output for the body and items, separated by UNIT_BREAK. */
export const excerptSource = (headline: string): ExcerptSource => {
  const [body = '', ...items] = headline.split(UNIT_BREAK)
  return { body, items }
}

const MARKED = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_STOP}]*)${HIGHLIGHT_STOP}`, 'gu')
/** A matched word as a rough stem: folded, without a plural's final s or x, so that "soins"
 * after "soin" shows nothing new (PostgreSQL's stems do not come back with the marks). */
const stem = (word: string) => foldForMatching(word).replace(/(?<=\p{L}{3})[sx]$/u, '')

/** Ordinary whitespace; the non-breaking ones (U+00A0, U+2007, U+202F) are left inside words. */
const BREAKING_SPACES = /[^\S\u00A0\u2007\u202F]+/u

/** The units of the body, and of the items holding a matched word: the others are never shown
 * (most items, on a career), so they are not even split. */
const units = ({ body, items }: ExcerptSource): Unit[] => {
  const found: Unit[] = []
  ;[body, ...items].forEach((text, part) => {
    if (part > 0 && !text.includes(HIGHLIGHT_START)) return
    for (const sentence of splitSentences(text))
      found.push({
        order: found.length,
        part,
        words: sentence.split(BREAKING_SPACES),
        matched: new Set(Array.from(sentence.matchAll(MARKED), ([, word = '']) => stem(word))),
      })
  })
  return found
}

/** Punctuation left dangling where a unit is cut: "des soins," → "des soins…". */
const DANGLING = /[\s,;:–—\-«“(]+$/u

/**
 * At most `budget` words of a unit: from its start, cut at the end with "…"; or, when its first
 * matched word lies too far in, from a few words before that word, after a "…".
 */
const cut = (unit: Unit, budget: number): Piece => {
  const { words } = unit
  if (words.length <= budget) return { unit, text: words.join(' '), length: words.length }
  const first = words.findIndex((word) => word.includes(HIGHLIGHT_START))
  const from = first < Math.min(LEAD_WORDS, budget - 4) ? 0 : first - Math.min(CONTEXT_WORDS, Math.floor(budget / 4))
  const shown = words.slice(from, from + budget)
  const end = from + budget < words.length ? `${shown.join(' ').replace(DANGLING, '')}…` : shown.join(' ')
  return { unit, text: from > 0 ? `… ${end}` : end, length: shown.length }
}

/** Units read on with a space when they follow each other in one part, else " … " apart,
 * unless a cut already shows an ellipsis there. */
const joined = (pieces: Piece[]): string =>
  pieces
    .toSorted((a, b) => a.unit.order - b.unit.order)
    .reduce((text, piece, index, sorted) => {
      const previous = sorted[index - 1]
      if (!previous) return piece.text
      const follows = previous.unit.part === piece.unit.part && previous.unit.order + 1 === piece.unit.order
      const ellipsis = text.endsWith('…') || piece.text.startsWith('…')
      return `${text}${follows || ellipsis ? ' ' : ' … '}${piece.text}`
    }, '')

/** No word matched in the body nor the items (a match on the title, or in the long text): the
 * body's first sentence, and those after it that fit whole. */
const opening = (all: Unit[]): Piece[] => {
  const [first, ...rest] = all.filter((unit) => unit.part === 0)
  if (!first) return []
  const pieces = [cut(first, EXCERPT_MAX_WORDS)]
  let left = EXCERPT_MAX_WORDS - pieces[0]!.length
  for (const unit of rest) {
    if (unit.words.length > left) break
    pieces.push(cut(unit, left))
    left -= unit.words.length
  }
  return pieces
}

/**
 * The excerpt for a search result, highlight marks kept: the unit with the most of the matched
 * words (the first of those in the text), then units showing matched words not shown yet, then
 * others that match while the excerpt stays under half of EXCERPT_MAX_WORDS; at most
 * MAX_UNITS, shown in the text's order.
 */
export const searchExcerpt = (source: ExcerptSource): string => {
  const all = units(source)
  const matching = all.filter((unit) => unit.matched.size > 0)
  if (!matching.length) return joined(opening(all))

  const pieces: Piece[] = []
  const shown = new Set<string>()
  let left = EXCERPT_MAX_WORDS
  while (pieces.length < MAX_UNITS) {
    const fresh = (unit: Unit) => [...unit.matched].filter((word) => !shown.has(word)).length
    const next = matching
      .filter((unit) => !pieces.some((piece) => piece.unit === unit))
      // A unit showing only words already shown is worth its room in a short excerpt only.
      .filter((unit) =>
        fresh(unit) > 0 ? unit.words.length <= left || left >= MIN_PIECE_WORDS : unit.words.length <= left - EXCERPT_MAX_WORDS / 2,
      )
      .reduce<Unit | undefined>((best, unit) => (!best || fresh(unit) > fresh(best) ? unit : best), undefined)
    if (!next) break
    const piece = cut(next, left)
    pieces.push(piece)
    next.matched.forEach((word) => shown.add(word))
    left -= piece.length
  }
  return joined(pieces)
}
