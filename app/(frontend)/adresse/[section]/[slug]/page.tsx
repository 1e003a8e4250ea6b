import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { canonicalPath, withQuery } from '@/app/(frontend)/adresse/canonicalAddress'

type Props = { params: Promise<{ section: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Never cached: next.config.mjs sends here every address that cannot be a slug as typed.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

/**
 * A variant of a page's address (capitals, percent-encoded or accented letters, spaces, stray
 * dashes: "/metiers/Directeur-Technique", "/Metiers/ing%C3%A9nieur-d-%C3%A9tudes") answers a
 * permanent redirect to the canonical address, query kept, when a page is there (or moved from
 * there), else the 404.
 */
export default async function AddressVariant({ params, searchParams }: Props) {
  const { section, slug } = await params
  const path = await canonicalPath(section, slug)
  if (path) permanentRedirect(withQuery(path, await searchParams))
  notFound()
}
