/**
 * Names of the rich-text toolbar's text-format buttons, which richtext-lexical ships as bare
 * icons with no label (its other buttons have one). The patched toolbar button
 * (scripts/adminPatches.ts) reads `reperes:toolbar:<key>` for a button without a label, as its
 * `aria-label` and tooltip. Keys are the features' toolbar item keys.
 */
export const toolbarLabels = {
  fr: {
    reperes: {
      toolbar: { bold: 'Gras', italic: 'Italique', strikethrough: 'Barré', subscript: 'Indice', superscript: 'Exposant', inlineCode: 'Code' },
    },
  },
  en: {
    reperes: {
      toolbar: { bold: 'Bold', italic: 'Italic', strikethrough: 'Strikethrough', subscript: 'Subscript', superscript: 'Superscript', inlineCode: 'Inline code' },
    },
  },
}
