import { withoutForbiddenCharacters } from './forbiddenCharacters'
import { BIDI_OVERRIDES, INSIDE_WORDS, isBlank, LINE_BREAKS, WORD_SPLITTERS } from './invisibleCharacters'
import { restoreWordLists } from './wordLists'

// Text copied through a Windows code page and decoded as Latin-1 carries C1 controls where
// the writer typed curly quotes, dashes and the euro sign (U+0092 for "’"): they are read
// back as the characters meant (windows-1252), not dropped.
const WINDOWS_1252: Record<string, string> = {
  '\u0080': '€', '\u0082': '‚', '\u0083': 'ƒ', '\u0084': '„', '\u0085': '…', '\u0086': '†', '\u0087': '‡', '\u0088': 'ˆ',
  '\u0089': '‰', '\u008A': 'Š', '\u008B': '‹', '\u008C': 'Œ', '\u008E': 'Ž', '\u0091': '‘', '\u0092': '’', '\u0093': '“',
  '\u0094': '”', '\u0095': '•', '\u0096': '–', '\u0097': '—', '\u0098': '˜', '\u0099': '™', '\u009A': 'š', '\u009B': '›',
  '\u009C': 'œ', '\u009E': 'ž', '\u009F': 'Ÿ',
}
const asMeant = (text: string) => text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252[c] ?? c)

const stored = (value: string) =>
  withoutForbiddenCharacters(asMeant(value.normalize('NFC')).replace(LINE_BREAKS, '\n'))
    .replace(WORD_SPLITTERS, '')
    .replace(BIDI_OVERRIDES, '')

/**
 * Text as it should be stored, however it was pasted: composed accents (NFC: "e" + U+0301
 * becomes "é", so search and slugs see one letter), Windows punctuation mangled into C1
 * controls read as meant, without the characters XML forbids or invisible word splitters.
 * A one-line field also loses its line breaks, tabs and repeated spaces, and the spaces at
 * both ends; a multi-line one keeps its lines (without trailing spaces). Non-breaking spaces
 * (French typography), emoji, curly quotes and bidi marks are kept as typed; an open bidi
 * override is not. Word's line breaks (U+000B) and Unicode's separators count as line breaks.
 * Text with nothing visible in it (spaces, joiners, blank fillers) is empty.
 */
export const cleanText = (value: string, { multiline = false }: { multiline?: boolean } = {}): string => {
  const text = stored(value)
  if (isBlank(text)) return ''
  if (multiline) return text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/^[ \t\n]+|[ \t\n]+$/g, '')
  return text.replace(/[\t\n\r ]+/g, ' ').trim()
}

/** A link's address as typed, without what does not show (a zero-width space breaks it). */
const cleanAddress = (url: string) => url.normalize('NFC').replace(INSIDE_WORDS, '').replace(BIDI_OVERRIDES, '').trim()

/**
 * The same for the words of a rich-text tree (spacing between its text nodes kept as is, a
 * line break inside one read as a space) and its links' addresses; lists pasted from Word as
 * paragraphs are lists again.
 */
export const cleanRichText = (tree: unknown): unknown => {
  if (!tree || typeof tree !== 'object') return tree
  const clean = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node
    const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) }
    if (typeof copy.text === 'string') copy.text = stored(copy.text).replace(/\n/g, ' ')
    const fields = copy.fields as { url?: unknown } | undefined
    if (fields && typeof fields.url === 'string') copy.fields = { ...fields, url: cleanAddress(fields.url) }
    if (Array.isArray(copy.children)) copy.children = copy.children.map(clean)
    return copy
  }
  const root = (tree as { root?: Record<string, unknown> }).root
  if (!root) return tree
  const cleaned = clean(root) as Record<string, unknown>
  return { ...(tree as object), root: Array.isArray(cleaned.children) ? { ...cleaned, children: restoreWordLists(cleaned.children) } : cleaned }
}
