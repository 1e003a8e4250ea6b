import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parsePageNumber } from '@/payload/pageNumber'
import { careerInitials, interestCounts, listCareers, listSectors, withCareers } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { CareersListing } from '@/app/(frontend)/components/CareersListing'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Props = { params: Promise<{ page: string }> }

// Unfiltered, every page of the list ("/metiers" is page 1, rewritten here) is rendered on first
// visit and served from cache until a change expires its tags. Filtered views are app/(frontend)/filtres.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page) ?? 1
  return pageMetadata({
    title: page > 1 ? `Tous les métiers, page ${page}` : 'Tous les métiers',
    description: 'Les fiches métiers de Repères, à filtrer par secteur, niveau d’études et salaire.',
    path: routes.careers({ page }),
  })
}

export default async function CareersPage({ params }: Props) {
  const page = parsePageNumber((await params).page)
  if (page === null) notFound()
  const [sectors, result, initials, interests] = await Promise.all([listSectors().then(withCareers), listCareers({ page }), careerInitials(), interestCounts()])
  // Past the last page: a 404, cached like the page (at most 9 999 addresses, MAX_PAGE).
  if (page > 1 && result.docs.length === 0) notFound()
  return <CareersListing sectors={sectors} filters={{}} result={result} initials={initials} interestCounts={interests} />
}
