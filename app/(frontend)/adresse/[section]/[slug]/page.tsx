import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { canonicalDocument } from '@/app/(frontend)/adresse/canonicalAddress'

type Props = { params: Promise<{ section: string; slug: string }> }

// Never cached: next.config.mjs sends here every address that cannot be a slug as typed.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

/**
 * A variant of a page's address (capitals, percent-encoded or accented letters, spaces:
 * "/metiers/Directeur-Technique", "/metiers/ing%C3%A9nieur-d-%C3%A9tudes") answers a permanent
 * redirect to the canonical address when a page is there (or moved from there), else the 404.
 */
export default async function AddressVariant({ params }: Props) {
  const { section, slug } = await params
  const found = await canonicalDocument(section, slug)
  if (found) permanentRedirect(found.path)
  notFound()
}
