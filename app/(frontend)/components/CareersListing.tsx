import type { CareerFilterValues } from '@/payload/careerFilters'
import { interestSlug } from '@/payload/careers/interests'
import { lowerFirst } from '@/payload/text/frenchList'
import type { Paginated, SectorWithCount } from '@/payload/queries'
import type { Career } from '@/payload-types'
import { routes } from '@/payload/routes'
import { AlphabetIndex } from './AlphabetIndex'
import { Breadcrumbs } from './Breadcrumbs'
import { CareerCard } from './CareerCard'
import { CareerFilterFields } from './CareerFilterFields'
import { Pagination } from './Pagination'
import { sectionCrumbs } from '@/app/(frontend)/seo/breadcrumbs'

type Props = {
  sectors: SectorWithCount[]
  sector?: SectorWithCount
  filters: CareerFilterValues
  result: Paginated<Career>
  initials: Record<string, number>
  interestCounts: Record<string, number>
}

/** The careers list with its filter form: the cached unfiltered pages and the filtered views. */
export function CareersListing({ sectors, sector, filters: { level, salaryMin, interest }, result: { docs, totalDocs, totalPages, page }, initials, interestCounts }: Props) {
  const secteur = sector?.slug ?? undefined
  const interet = interest && interestSlug(interest)
  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs('Métiers', routes.careers())} />
      <h1>Tous les métiers</h1>
      <AlphabetIndex counts={initials} />
      <form method="get" action={routes.careers()} className="filters" aria-label="Filtrer les métiers">
        <CareerFilterFields idPrefix="filtre" sectors={sectors} values={{ level, salaryMin, interest, sectorSlug: secteur }} interestCounts={interestCounts} />
        <button type="submit">Filtrer</button>
      </form>
      <p className="count" role="status">
        {totalDocs} métier{totalDocs > 1 ? 's' : ''}
        {sector ? ` dans le secteur «\u00a0${sector.title}\u00a0»` : ''}
        {interest ? ` pour qui aime «\u00a0${lowerFirst(interest.label)}\u00a0»` : ''}
      </p>
      {docs.length === 0 ? (
        <p>Aucun métier ne correspond à ces critères. Essayez un autre secteur, centre d’intérêt, niveau ou salaire.</p>
      ) : (
        <div className="card-grid">
          {docs.map((career) => (
            <CareerCard key={career.id} career={career} headingLevel={2} />
          ))}
        </div>
      )}
      <Pagination page={page} totalPages={totalPages} href={(p) => routes.careers({ secteur, niveau: level, salaire: salaryMin, interet, page: p })} />
    </>
  )
}
