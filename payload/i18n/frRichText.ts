/**
 * The rich-text editor's French strings (richtext-lexical registers them under `lexical:`),
 * rewritten where the stock wording is wrong for an editor: "En-tête" is a page header, not a
 * heading; the upload button said "Télécharger" (download) for inserting an image; "Règle
 * horizontale" is a ruler. Only features the editor enables (payload/richText/editor.ts):
 * tests/unit/frenchAdmin.test.ts checks each key still exists.
 */
export const frenchRichTextOverrides = {
  general: {
    placeholder: 'Commencez à écrire, ou tapez « / » pour insérer un élément…',
    slashMenuBasicGroupLabel: 'Éléments de base',
    toolbarItemsActive: 'Actifs : {{count}}',
  },
  heading: { label: 'Titre de niveau {{headingLevel}}' },
  horizontalRule: { label: 'Ligne de séparation' },
  indent: { decreaseLabel: 'Diminuer le retrait', increaseLabel: 'Augmenter le retrait' },
  checklist: { label: 'Liste de cases à cocher' },
  orderedList: { label: 'Liste numérotée' },
  unorderedList: { label: 'Liste à puces' },
  relationship: { label: 'Document lié' },
  upload: { label: 'Image' },
  link: { loadingWithEllipsis: 'Chargement…' },
}
