import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { canonicalDocument, collectionOfSection, FEED_FILES } from '@/app/(frontend)/adresse/canonicalAddress'
import { parsePageNumber } from '@/payload/pageNumber'
import { routes } from '@/payload/routes'

type Props = { params: Promise<{ section: string; slug: string; file: string }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

/** A sector feed's or a list page's address typed another way ("/secteurs/Industrie/RSS.xml", "/Actualites/Page/2"). */
export default async function FeedAddressVariant({ params }: Props) {
  const { section, slug, file } = await params
  const list = collectionOfSection(section)
  const page = parsePageNumber(file)
  if ((list === 'news' || list === 'careers') && slug.toLowerCase() === 'page' && page !== null)
    permanentRedirect(list === 'news' ? routes.newsList(page) : routes.careers({ page }))
  const format = FEED_FILES[file.toLowerCase()]
  const found = collectionOfSection(section) === 'sectors' && format ? await canonicalDocument('sectors', slug) : null
  if (found) permanentRedirect(routes.feed({ sector: found.slug }, format!))
  notFound()
}
