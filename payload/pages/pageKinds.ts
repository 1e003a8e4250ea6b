import { frenchText } from '@/payload/i18n/typography'

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

export type Conformity = { conformity?: string | null; rate?: number | null; auditedAt?: string | null }

/**
 * Why a statement's conformity fields contradict each other (the RGAA's rule above), in French
 * for the field to correct, or null: "partiellement" and "totalement" need an audit (its date
 * and rate), with a rate of 50 to 99.99 % or 100 %; a rate of 50 % or more is not "non conforme".
 */
export const conformityProblem = ({ conformity, rate, auditedAt }: Conformity): { field: 'conformity' | 'rate' | 'auditedAt'; message: string } | null => {
  if (!conformity) return { field: 'conformity', message: frenchText`Indiquez l’état de conformité (« Non conforme » sans audit).` }
  const rated = typeof rate === 'number' && Number.isFinite(rate)
  if (rated && (rate < 0 || rate > 100)) return { field: 'rate', message: 'Un taux va de 0 à 100\u00a0%.' }
  if (conformity === 'none') return rated && rate >= 50 ? { field: 'rate', message: frenchText`Avec 50\u00a0% de critères respectés ou plus, le site est « Partiellement conforme ».` } : null
  if (!auditedAt) return { field: 'auditedAt', message: frenchText`Sans audit, le site est « Non conforme » : indiquez la date de l’audit ou changez l’état.` }
  if (new Date(auditedAt).getTime() > Date.now()) return { field: 'auditedAt', message: 'La date de l’audit ne peut pas être dans l’avenir.' }
  if (!rated) return { field: 'rate', message: 'Indiquez le taux de critères respectés que donne l’audit.' }
  if (conformity === 'partial' && (rate < 50 || rate >= 100))
    return { field: 'rate', message: frenchText`« Partiellement conforme » demande de 50\u00a0% à moins de 100\u00a0% de critères respectés.` }
  if (conformity === 'full' && rate !== 100) return { field: 'rate', message: frenchText`« Totalement conforme » demande 100\u00a0% de critères respectés.` }
  return null
}
