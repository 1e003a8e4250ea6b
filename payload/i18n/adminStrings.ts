/**
 * The project's own admin strings under `reperes:` (custom keys of Payload's i18n), read by the
 * patched client components (scripts/adminPatches.ts).
 *
 * `toolbar`: names of the rich-text toolbar's text-format buttons, which richtext-lexical ships as bare
 * icons with no label (its other buttons have one). The patched toolbar button
 * (scripts/adminPatches.ts) reads `reperes:toolbar:<key>` for a button without a label, as its
 * `aria-label` and tooltip. Keys are the features' toolbar item keys.
 */
export const adminStrings = {
  fr: {
    reperes: {
      toolbar: { bold: 'Gras', italic: 'Italique', strikethrough: 'Barré', subscript: 'Indice', superscript: 'Exposant', inlineCode: 'Code' },
      schedule: { pastDate: 'Cette date est déjà passée\u00a0: choisissez une date et une heure à venir.' },
    },
  },
  en: {
    reperes: {
      toolbar: { bold: 'Bold', italic: 'Italic', strikethrough: 'Strikethrough', subscript: 'Subscript', superscript: 'Superscript', inlineCode: 'Inline code' },
      schedule: { pastDate: 'This date is already past: choose a date and time to come.' },
    },
  },
}
