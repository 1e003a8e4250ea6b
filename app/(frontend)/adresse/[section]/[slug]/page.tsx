import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { isValidSlug, slugify } from '@/payload/fields/slugify'
import { getCareer, getNewsPost, getSector, redirectFor } from '@/payload/queries'
import type { LinkableCollection } from '@/payload/richText/references'
import { routes } from '@/payload/routes'

type Props = { params: Promise<{ section: string; slug: string }> }

// Never cached: next.config.mjs sends here every address that cannot be a slug as typed.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

const SECTIONS: Record<string, LinkableCollection> = { metiers: 'careers', actualites: 'news', secteurs: 'sectors' }

const exists = async (collection: LinkableCollection, slug: string) =>
  Boolean(
    collection === 'careers' ? await getCareer(slug) : collection === 'news' ? await getNewsPost(slug) : await getSector(slug),
  )

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

/**
 * A variant of a page's address (capitals, percent-encoded or accented letters, spaces:
 * "/metiers/Directeur-Technique", "/metiers/ing%C3%A9nieur-d-%C3%A9tudes") answers a permanent
 * redirect to the canonical address when a page is there (or moved from there), else the 404.
 */
export default async function AddressVariant({ params }: Props) {
  const { section, slug } = await params
  const collection = SECTIONS[section]
  const canonical = slugify(decoded(slug))
  if (!collection || !isValidSlug(canonical)) notFound()
  const path = routes.ofCollection(collection, canonical)
  if (await exists(collection, canonical)) permanentRedirect(path)
  const moved = await redirectFor(path)
  if (moved) permanentRedirect(moved.path)
  notFound()
}
