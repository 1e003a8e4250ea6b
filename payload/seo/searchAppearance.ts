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

/**
 * What a page says about itself in a search result. `title` goes into the layout's template
 * (" — Repères" added) unless `absolute`: an SEO title is written whole, as the plugin's
 * counter measures it, and stands alone.
 */
export type SearchAppearance = { title: string; absolute: boolean; description: string; image: unknown }

/** The page's own words, without the SEO fields: their default, and what "Reprendre de la page" copies. */
export const newsPage = (doc: NewsFields) => ({ title: doc.title ?? '', description: doc.excerpt ?? '' })
export const careerPage = (doc: CareerFields) => ({
  title: doc.title ? `${doc.title} : compétences, formations, salaire` : '',
  description: doc.summary ?? '',
})

const appearance = (page: { title: string; description: string }, meta: Meta, image: unknown): SearchAppearance => {
  const title = filled(meta?.title)
  return { title: title ?? page.title, absolute: Boolean(title), description: filled(meta?.description) ?? page.description, image: meta?.image || image }
}

export const newsAppearance = (doc: NewsFields): SearchAppearance => appearance(newsPage(doc), doc.meta, doc.heroImage)
export const careerAppearance = (doc: CareerFields): SearchAppearance => appearance(careerPage(doc), doc.meta, doc.heroImage)

/** The <title> element as browsers and search engines get it. */
export const documentTitle = ({ title, absolute }: Pick<SearchAppearance, 'title' | 'absolute'>): string =>
  title ? (absolute ? title : `${title}${TITLE_SUFFIX}`) : ''

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
