import { isValidSlug, slugify } from '@/payload/fields/slugify'
import { getCareer, getNewsPost, getSector, redirectFor } from '@/payload/queries'
import type { LinkableCollection, ResolvedDocument } from '@/payload/richText/references'
import { COLLECTION_SECTIONS, routes } from '@/payload/routes'

const COLLECTION_OF = Object.fromEntries(Object.entries(COLLECTION_SECTIONS).map(([collection, section]) => [section, collection])) as Record<
  string,
  LinkableCollection
>

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

const exists = async (collection: LinkableCollection, slug: string) =>
  Boolean(collection === 'careers' ? await getCareer(slug) : collection === 'news' ? await getNewsPost(slug) : await getSector(slug))

/**
 * The document a variant of an address means ("Directeur-Technique", "ing%C3%A9nieur",
 * "directeur_technique"): folded like a slug, then the page there, or where it moved; null
 * when there is none.
 */
export const canonicalDocument = async (section: string, slug: string): Promise<Pick<ResolvedDocument, 'path' | 'slug'> | null> => {
  const collection = COLLECTION_OF[section]
  const canonical = slugify(decoded(slug))
  if (!collection || !isValidSlug(canonical)) return null
  const path = routes.ofCollection(collection, canonical)
  if (await exists(collection, canonical)) return { path, slug: canonical }
  const moved = await redirectFor(path)
  return moved?.document ? { path: moved.document.path, slug: moved.document.slug } : null
}
