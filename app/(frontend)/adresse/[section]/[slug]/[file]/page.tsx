import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { canonicalDocument, collectionOfSection, FEED_FILES } from '@/app/(frontend)/adresse/canonicalAddress'
import { routes } from '@/payload/routes'

type Props = { params: Promise<{ section: string; slug: string; file: string }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

/** A sector feed's address typed another way ("/secteurs/Industrie/RSS.xml"). */
export default async function FeedAddressVariant({ params }: Props) {
  const { section, slug, file } = await params
  const format = FEED_FILES[file.toLowerCase()]
  const found = collectionOfSection(section) === 'sectors' && format ? await canonicalDocument('sectors', slug) : null
  if (found) permanentRedirect(routes.feed({ sector: found.slug }, format!))
  notFound()
}
