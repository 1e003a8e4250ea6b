import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { collectionOfSection, withQuery } from '@/app/(frontend)/adresse/canonicalAddress'
import { COLLECTION_SECTIONS } from '@/payload/routes'

type Props = { params: Promise<{ section: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } }

/** A section typed with capitals ("/Metiers", "/ACTUALITES"): its list, query kept. */
export default async function SectionVariant({ params, searchParams }: Props) {
  const collection = collectionOfSection((await params).section)
  if (collection) permanentRedirect(withQuery(`/${COLLECTION_SECTIONS[collection]}`, await searchParams))
  notFound()
}
