import type { Metadata } from 'next'
import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { parseCareerFilters, type CareerFilterParams } from '@/payload/careerFilters'
import { interestSlug } from '@/payload/careers/interests'
import { hasNoiseParams } from '@/payload/canonicalQuery'
import { parsePageNumber } from '@/payload/pageNumber'
import { careerInitials, interestCounts, listCareers, listSectors, withCareers } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { withQuery } from '@/app/(frontend)/adresse/canonicalAddress'
import { CareersListing } from '@/app/(frontend)/components/CareersListing'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Params = CareerFilterParams & { page?: string | string[] }
type Props = { searchParams: Promise<Params> }

// "/metiers" with a filter or a page number in its query (next.config.mjs rewrites it here):
// rendered per request from cached data. Visitors never see this address.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = pageMetadata({
  title: 'Tous les métiers',
  description: 'Les fiches métiers de Repères, à filtrer par secteur, centre d’intérêt, niveau d’études et salaire.',
  path: routes.careers(),
})

const FILTER_KEYS = ['secteur', 'niveau', 'salaire', 'interet'] as const

export default async function FilteredCareersPage({ searchParams }: Props) {
  const params = await searchParams
  const page = parsePageNumber(params.page)
  if (page === null) notFound()
  // Only sectors with published careers filter: an empty (imported) one is an unknown value.
  const sectors = withCareers(await listSectors())
  const filters = parseCareerFilters(params)
  const sector = sectors.find((s) => s.slug === filters.sectorSlug)
  const { level, salaryMin, interest } = filters
  const interet = interest && interestSlug(interest)
  const canonical = routes.careers({ secteur: sector?.slug ?? undefined, niveau: level, salaire: salaryMin, interet, page })
  // The old "/metiers?page=N" of the unfiltered list: that page has its own address now, for
  // good; the visitor's other parameters (campaign tags) go along.
  if (!FILTER_KEYS.some((key) => key in params)) {
    const others = Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'page'))
    permanentRedirect(withQuery(canonical, others))
  }
  // Empty or repeated fields: the clean address. An unknown value is ignored (an old link
  // still lists careers).
  if (hasNoiseParams(params)) redirect(canonical)
  const [result, initials, interests] = await Promise.all([listCareers({ sector, level, salaryMin, interest: interest?.value, page }), careerInitials(), interestCounts()])
  if (page > 1 && result.docs.length === 0) notFound()
  return <CareersListing sectors={sectors} sector={sector} filters={filters} result={result} initials={initials} interestCounts={interests} />
}
