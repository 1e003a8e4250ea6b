import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { canonicalDocument } from '@/app/(frontend)/adresse/canonicalAddress'
import { routes } from '@/payload/routes'

type Props = { params: Promise<{ section: string; slug: string; file: string }> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

const FORMATS = { 'rss.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' } as const

/** A sector feed's address with a variant of the sector's slug ("/secteurs/Industrie/rss.xml"). */
export default async function FeedAddressVariant({ params }: Props) {
  const { section, slug, file } = await params
  const format = FORMATS[file as keyof typeof FORMATS]
  const found = section === 'secteurs' && format ? await canonicalDocument(section, slug) : null
  if (found) permanentRedirect(routes.feed({ sector: found.slug }, format!))
  notFound()
}
