import { withoutForbiddenCharacters } from './forbiddenCharacters'

// Zero-width space, word joiner, byte order mark: invisible, they split words for search and
// slugs without showing. Joiners that shape scripts and emoji (U+200C, U+200D) stay.
const INVISIBLE = /[\u200B\u2060\uFEFF]/g

/**
 * Text as it should be stored, however it was pasted: composed accents (NFC: "e" + U+0301
 * becomes "é", so search and slugs see one letter), without the characters XML forbids or
 * invisible word splitters. A one-line field also loses its line breaks, tabs and repeated
 * spaces, and the spaces at both ends; a multi-line one keeps its lines (without trailing spaces). Non-breaking
 * spaces (French typography), emoji, curly quotes and bidi marks are kept as typed.
 */
export const cleanText = (value: string, { multiline = false }: { multiline?: boolean } = {}): string => {
  const text = withoutForbiddenCharacters(value.normalize('NFC')).replace(INVISIBLE, '')
  if (multiline) return text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/^[ \t\n]+|[ \t\n]+$/g, '')
  return text.replace(/[\t\n\r ]+/g, ' ').trim()
}

/** The same for the words of a rich-text tree (spacing between its text nodes kept as is). */
export const cleanRichText = (tree: unknown): unknown => {
  if (!tree || typeof tree !== 'object') return tree
  const clean = (node: unknown): unknown => {
    if (!node || typeof node !== 'object') return node
    const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) }
    if (typeof copy.text === 'string') copy.text = withoutForbiddenCharacters(copy.text.normalize('NFC')).replace(INVISIBLE, '')
    if (Array.isArray(copy.children)) copy.children = copy.children.map(clean)
    return copy
  }
  const root = (tree as { root?: unknown }).root
  return root ? { ...(tree as object), root: clean(root) } : tree
}
