/**
 * How a page appears in a search result, from a document's fields: one set of rules for the
 * page's <title>, description, Open Graph, JSON-LD, and the admin's counters and preview
 * (payload/admin/SearchPreview.tsx), so what editors see is what the page says. The SEO
 * plugin's `meta` fields win when filled; left empty, the page says what it said before them.
 * Plain data in and out: runs in the browser too.
 */

export const SITE_NAME = 'Repères'

/** The layout's title template (app/(frontend)/layout.tsx): `%s — Repères`. */
export const TITLE_SUFFIX = ` — ${SITE_NAME}`

/**
 * Characters a search engine shows before cutting with "…": the SEO plugin's bounds, after
 * Google's documentation (a title link is cut to the result's width, about 600 px, 50 to 60
 * characters; a snippet to about 155 to 160 characters on a desktop, fewer on a phone).
 */
export const SEARCH_LIMITS = {
  title: { min: 50, max: 60 },
  description: { min: 100, max: 150 },
} as const

type Meta = { title?: string | null; description?: string | null; image?: unknown } | null | undefined

const filled = (value: string | null | undefined): string | undefined => value?.trim() || undefined

type NewsFields = { title?: string | null; excerpt?: string | null; heroImage?: unknown; meta?: Meta }
type CareerFields = { title?: string | null; summary?: string | null; heroImage?: unknown; meta?: Meta }

/** What a news post's or career's page says about itself, before the site's suffix. */
export type SearchAppearance = { title: string; description: string; image: unknown }

export const newsAppearance = (doc: NewsFields): SearchAppearance => ({
  title: filled(doc.meta?.title) ?? doc.title ?? '',
  description: filled(doc.meta?.description) ?? doc.excerpt ?? '',
  image: doc.meta?.image || doc.heroImage,
})

export const careerAppearance = (doc: CareerFields): SearchAppearance => ({
  title: filled(doc.meta?.title) ?? (doc.title ? `${doc.title} : compétences, formations, salaire` : ''),
  description: filled(doc.meta?.description) ?? doc.summary ?? '',
  image: doc.meta?.image || doc.heroImage,
})

/** The JSON-LD name of a document: the meta title when an editor wrote one, the title otherwise. */
export const structuredName = (doc: { title?: string | null; meta?: Meta }): string => filled(doc.meta?.title) ?? doc.title ?? ''

/** A text as a search result shows it: cut at a word before `max` characters, with "…". */
export const truncateForResult = (text: string, max: number): string => {
  const chars = [...text]
  if (chars.length <= max) return text
  const cut = chars.slice(0, max - 1).join('')
  const atWord = cut.replace(/\s+\S*$/u, '')
  return `${atWord.length > max / 2 ? atWord : cut}…`
}

/** Characters as a reader counts them (an emoji or an accented letter is one). */
export const characterCount = (text: string | null | undefined): number => [...(text ?? '').normalize('NFC')].length
