import { cleanText } from '@/payload/text/cleanText'
import { INSIDE_WORDS } from '@/payload/text/invisibleCharacters'

/** Longest query kept: enough for any real search, short enough to keep PostgreSQL cheap. */
export const SEARCH_MAX_LENGTH = 200

/**
 * What a visitor typed, read like the text it is searched in: cleaned the way stored text is
 * (accents composed, invisible characters and soft hyphens gone, so "ingé­nieur" pasted from a
 * page finds "ingénieur"), control characters (NUL included) as spaces, whitespace collapsed,
 * the length capped (by code point, so no emoji is cut in half). Operators ("&", "|", "!",
 * ":", "*", quotes) stay: websearch_to_tsquery reads them as text.
 */
export const cleanSearchQuery = (raw: unknown): string => {
  const typed = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : ''
  const text = cleanText(typed.replace(/[\p{Cc}\p{Cs}\u2028\u2029]/gu, ' ')).replace(INSIDE_WORDS, '')
  return Array.from(text.replace(/\s+/g, ' ').trim())
    .slice(0, SEARCH_MAX_LENGTH)
    .join('')
    .trim()
}

/**
 * A prefix query for search-as-you-type: "direc tech" → "direc:*A & tech:*A" (A: titles and
 * other names only). Words of one or two letters match whole ("IA"), not as prefixes: "te:*"
 * would expand to thousands of words for nothing useful. Words keep letters and digits only,
 * so nothing reaches to_tsquery as an operator. Null when no word is left.
 */
export const prefixTsQuery = (query: string): string | null => {
  const words = query
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8)
  return words.length ? words.map((word) => (word.length >= 3 ? `${word}:*A` : `${word}:A`)).join(' & ') : null
}

/** Marks around highlighted words in ts_headline output: private-use characters no text has. */
export const HIGHLIGHT_START = '\uE000'
export const HIGHLIGHT_STOP = '\uE001'

type HighlightPart = { text: string; highlighted: boolean }

/** Splits ts_headline output into plain and highlighted parts, for React to escape and render. */
export const highlightParts = (headline: string): HighlightPart[] =>
  headline
    .split(HIGHLIGHT_START)
    .flatMap((chunk, index) => {
      if (index === 0) return [{ text: chunk, highlighted: false }]
      const [marked = '', rest = ''] = chunk.split(HIGHLIGHT_STOP)
      return [
        { text: marked, highlighted: true },
        { text: rest, highlighted: false },
      ]
    })
    .filter((part) => part.text.length > 0)
