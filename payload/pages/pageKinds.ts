// The site's own pages (who we are, the legal notice, the accessibility statement…): a fixed
// set, each at a fixed address French sites use, written and kept up to date by editors in the
// admin (collections/Pages.ts). A new kind is a line here: next.config.mjs serves these addresses.

export const PAGE_KINDS = [
  { value: 'about', label: 'À propos', path: 'a-propos' },
  { value: 'editorialCharter', label: 'Charte éditoriale', path: 'charte-editoriale' },
  { value: 'salarySources', label: 'Sources des salaires', path: 'sources-des-salaires' },
  { value: 'contact', label: 'Contact', path: 'contact' },
  { value: 'legalNotice', label: 'Mentions légales', path: 'mentions-legales' },
  { value: 'accessibility', label: 'Déclaration d’accessibilité', path: 'accessibilite' },
] as const

export type PageKind = (typeof PAGE_KINDS)[number]['value']

export const pageKindByPath = (path: string) => PAGE_KINDS.find((kind) => kind.path === path)

export const pageKind = (value: string | null | undefined) => PAGE_KINDS.find((kind) => kind.value === value)

/**
 * The RGAA's three conformity levels (RGAA 4.1, "Déclaration d'accessibilité"): "totalement"
 * when an audit finds every criterion met, "partiellement" when it finds at least half, "non
 * conforme" below that or without an audit.
 */
export const CONFORMITY_LEVELS = [
  { value: 'none', label: 'Non conforme' },
  { value: 'partial', label: 'Partiellement conforme' },
  { value: 'full', label: 'Totalement conforme' },
] as const
