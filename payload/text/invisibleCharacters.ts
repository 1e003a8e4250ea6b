// Characters that do not show, which text pasted from the web or a word processor brings.

/**
 * Zero-width space, word joiner and byte order mark: they split words for search and slugs
 * without showing. Removed from stored text.
 */
export const WORD_SPLITTERS = /[\u200B\u2060\uFEFF]/g

/**
 * Everything invisible that may sit inside a word, joiners and the soft hyphen included: an
 * address must not be cut where nothing shows. Kept in stored text (joiners shape emoji and
 * scripts, a soft hyphen is a hyphenation hint), dropped from slugs.
 */
export const INSIDE_WORDS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

/** Explicit bidi embeddings and overrides: one left open reverses the rest of a line (and
 * serves to disguise text). Marks (U+200E, U+200F) and isolates stay. */
export const BIDI_OVERRIDES = /[\u202A-\u202E]/g

/** Line and paragraph separators a word processor copies (Word's manual line break is U+000B). */
export const LINE_BREAKS = /[\u000B\u000C\u2028\u2029]/g

/**
 * Whether text holds nothing a reader would see: only spaces, format characters (joiners,
 * marks, soft hyphens) and the blank "letters" used to pass for content (Braille blank, Hangul
 * fillers).
 */
export const isBlank = (text: string): boolean => /^[\p{Z}\p{Cf}\p{Cc}\u2800\u115F\u1160\u3164\uFFA0]*$/u.test(text)
