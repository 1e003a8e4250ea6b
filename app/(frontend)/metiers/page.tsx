import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { parseCareerFilters, type CareerFilterParams } from '@/payload/careerFilters'
import { hasNoiseParams } from '@/payload/canonicalQuery'
import { parsePageNumber } from '@/payload/pageNumber'
import { listCareers, listSectors } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { CareerCard } from '@/app/(frontend)/components/CareerCard'
import { CareerFilterFields } from '@/app/(frontend)/components/CareerFilterFields'
import { Pagination } from '@/app/(frontend)/components/Pagination'
import { sectionCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Props = { searchParams: Promise<CareerFilterParams & { page?: string | string[] }> }

export const metadata: Metadata = pageMetadata({
  title: 'Tous les métiers',
  description: 'Les fiches métiers de Repères, à filtrer par secteur, niveau d’études et salaire.',
  path: routes.careers(),
})

export default async function CareersPage({ searchParams }: Props) {
  const params = await searchParams
  const page = parsePageNumber(params.page)
  if (page === null) notFound()
  const sectors = await listSectors()
  const filters = parseCareerFilters(params)
  const sector = sectors.find((s) => s.slug === filters.sectorSlug)
  const { level, salaryMin } = filters
  if (hasNoiseParams(params)) redirect(routes.careers({ secteur: sector?.slug ?? undefined, niveau: level, salaire: salaryMin, page }))
  const { docs, totalDocs, totalPages } = await listCareers({ sector, level, salaryMin, page })
  if (page > 1 && docs.length === 0) notFound()

  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs('Métiers', routes.careers())} />
      <h1>Tous les métiers</h1>
      <form method="get" action={routes.careers()} className="filters" aria-label="Filtrer les métiers">
        <CareerFilterFields idPrefix="filtre" sectors={sectors} values={{ ...filters, sectorSlug: sector?.slug ?? undefined }} />
        <button type="submit">Filtrer</button>
      </form>
      <p className="count" role="status">
        {totalDocs} métier{totalDocs > 1 ? 's' : ''}
        {sector ? ` dans le secteur « ${sector.title} »` : ''}
      </p>
      {docs.length === 0 ? (
        <p>Aucun métier ne correspond à ces critères. Essayez un autre secteur, niveau ou salaire.</p>
      ) : (
        <div className="card-grid">
          {docs.map((career) => (
            <CareerCard key={career.id} career={career} headingLevel={2} />
          ))}
        </div>
      )}
      <Pagination
        page={page}
        totalPages={totalPages}
        href={(p) => routes.careers({ secteur: sector?.slug ?? undefined, niveau: level, salaire: salaryMin, page: p })}
      />
    </>
  )
}
