import type { FeedFormat } from '@/payload/feeds/buildFeeds'
import { isValidSlug, slugify } from '@/payload/fields/slugify'
import { getCareer, getNewsPost, getSector, redirectFor } from '@/payload/queries'
import type { LinkableCollection, ResolvedDocument } from '@/payload/richText/references'
import { COLLECTION_SECTIONS, routes } from '@/payload/routes'

const COLLECTION_OF = Object.fromEntries(Object.entries(COLLECTION_SECTIONS).map(([collection, section]) => [section, collection])) as Record<
  string,
  LinkableCollection
>

export const FEED_FILES: Record<string, FeedFormat> = { 'rss.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' }

/** The segment as the visitor meant it; Next passes some percent-encodings through as typed. */
const decoded = (segment: string): string => {
  let value = segment
  for (let round = 0; round < 2 && value.includes('%'); round++) {
    try {
      value = decodeURIComponent(value)
    } catch {
      break
    }
  }
  return value
}

/** The collection whose pages live under a section typed any way ("Metiers", "METIERS"). */
export const collectionOfSection = (section: string): LinkableCollection | undefined => COLLECTION_OF[decoded(section).toLowerCase()]

const exists = async (collection: LinkableCollection, slug: string) =>
  Boolean(collection === 'careers' ? await getCareer(slug) : collection === 'news' ? await getNewsPost(slug) : await getSector(slug))

/**
 * The document a variant of an address means ("Directeur-Technique", "ing%C3%A9nieur",
 * "directeur_technique", "-directeur--technique-"): folded like a slug, then the page there,
 * or where it moved; null when there is none.
 */
export const canonicalDocument = async (collection: LinkableCollection, slug: string): Promise<Pick<ResolvedDocument, 'path' | 'slug'> | null> => {
  const canonical = slugify(decoded(slug))
  if (!isValidSlug(canonical)) return null
  const path = routes.ofCollection(collection, canonical)
  if (await exists(collection, canonical)) return { path, slug: canonical }
  const moved = await redirectFor(path)
  return moved?.document ? { path: moved.document.path, slug: moved.document.slug } : null
}

/** Where a variant of `/<section>/<segment>` should lead: a page, a section's feed, or nowhere. */
export const canonicalPath = async (section: string, segment: string): Promise<string | null> => {
  const collection = collectionOfSection(section)
  if (!collection) return null
  const feed = FEED_FILES[decoded(segment).toLowerCase()]
  if (feed) return collection === 'sectors' ? null : routes.feed(collection, feed)
  return (await canonicalDocument(collection, segment))?.path ?? null
}

/** The visitor's query string, kept across a redirect (campaign tags, a page number). */
export const withQuery = (path: string, searchParams: Record<string, string | string[] | undefined>): string => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams)) for (const one of [value].flat()) if (one !== undefined) query.append(key, one)
  const text = query.toString()
  return text ? `${path}?${text}` : path
}
