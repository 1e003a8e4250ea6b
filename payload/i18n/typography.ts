/** U+00A0, the space French puts before « : ; ? ! » and inside guillemets. */
export const NBSP = '\u00a0'

// Parts of a translation that are not French prose: Payload's {{placeholders}}, markup
// (<1>…</1>, <a href="…">, <br>) and addresses. They are set aside while the prose is set, then
// put back untouched. Lower-case tag names only, so that "<Pas de {{label}}>" stays prose.
const CODE = /\{\{[^{}]*\}\}|<\/?[a-z0-9]+(?:\s[^<>]*)?\/?>|https?:\/\/[^\s<>"]+/g
const HOLE = /\uE000(\d+)\uE001/g

const setProse = (text: string): string =>
  text
    .replace(/\.\.\./g, '…')
    // "…" in straight double quotes → « … »
    .replace(/"([^"]*)"/g, (_, inner: string) => `«${NBSP}${inner.trim()}${NBSP}»`)
    // '/' used as quotation marks (after a space, not inside a word: not an apostrophe)
    .replace(/(^|[\s(])'([^'\s][^']*?)'(?=$|[\s.,;:!?)])/g, (_, before: string, inner: string) => `${before}«${NBSP}${inner}${NBSP}»`)
    .replace(/'/g, '’')
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    // Question and exclamation marks, then a colon or semicolon that ends a clause (not "10:30").
    .replace(/([^\s?!])[ \u00a0\u202f]?([?!]+)/g, `$1${NBSP}$2`)
    .replace(/([^\s:;])[ \u00a0\u202f]?([:;])(?=\s|$|\uE000)/g, `$1${NBSP}$2`)

/**
 * French typography for an interface string: a non-breaking space before « : ; ? ! », « » for
 * quotation marks (straight double quotes, or single ones around a word), ’ for the apostrophe,
 * … for three dots. {{placeholders}}, HTML tags and URLs are left exactly as they were.
 * Idempotent: setting a string twice changes nothing more.
 */
export const frenchTypography = (text: string): string => {
  const code: string[] = []
  const prose = text.replace(CODE, (part) => `\uE000${code.push(part) - 1}\uE001`)
  return setProse(prose).replace(HOLE, (_, index: string) => code[Number(index)]!)
}

type Strings = { [key: string]: string | Strings }

/** The same object with `set` applied to every string in it, however deep. */
export const mapStrings = <T extends object>(value: T, set: (text: string) => string): T =>
  Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [
      key,
      typeof entry === 'string' ? set(entry) : entry && typeof entry === 'object' ? mapStrings(entry as Strings, set) : entry,
    ]),
  ) as T

/**
 * Tag for a French message written in code: its text is typeset, the values put in it are left
 * exactly as they are (an address, a code: "tel:" must not become "tel :").
 * frenchText`Code ROME invalide : ${code}.` → "Code ROME invalide\u00a0: Z9999."
 */
export const frenchText = (text: TemplateStringsArray, ...values: unknown[]): string =>
  text.reduce((out, part, index) => out + frenchTypography(part) + (index < values.length ? String(values[index]) : ''), '')
