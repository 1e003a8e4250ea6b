import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EDUCATION_LEVELS, type EducationLevel } from '../../../payload/fields/educationLevels'
import { parsePageNumber } from '../../../payload/pageNumber'
import { listCareers, listSectors } from '../../../payload/queries'
import { routes } from '../../../payload/routes'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { CareerCard } from '../components/CareerCard'
import { Pagination } from '../components/Pagination'
import { sectionCrumbs } from '../seo/breadcrumbs'
import { pageMetadata } from '../seo/metadata'

type Params = { secteur?: string | string[]; niveau?: string | string[]; page?: string | string[] }
type Props = { searchParams: Promise<Params> }

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)
const asLevel = (value: string | undefined): EducationLevel | undefined =>
  EDUCATION_LEVELS.find((level) => level.value === value)?.value

export const metadata: Metadata = pageMetadata({
  title: 'Tous les métiers',
  description: 'Les fiches métiers de Repères, à filtrer par secteur et par niveau d’études.',
  path: routes.careers(),
})

export default async function CareersPage({ searchParams }: Props) {
  const params = await searchParams
  const page = parsePageNumber(params.page)
  if (page === null) notFound()
  const sectors = await listSectors()
  // Unknown filter values are ignored rather than refused: an old link still lists careers.
  const sector = sectors.find((s) => s.slug === single(params.secteur))
  const level = asLevel(single(params.niveau))
  const { docs, totalDocs, totalPages } = await listCareers({ sector, level, page })
  if (page > 1 && docs.length === 0) notFound()

  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs('Métiers', routes.careers())} />
      <h1>Tous les métiers</h1>
      <form method="get" action={routes.careers()} className="filters" aria-label="Filtrer les métiers">
        <div className="filters__field">
          <label htmlFor="filtre-secteur">Secteur</label>
          <select id="filtre-secteur" name="secteur" defaultValue={sector?.slug ?? ''}>
            <option value="">Tous les secteurs</option>
            {sectors.map((s) => (
              <option key={s.id} value={s.slug ?? ''}>
                {s.title} ({s.careerCount})
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor="filtre-niveau">Accessible avec</label>
          <select id="filtre-niveau" name="niveau" defaultValue={level ?? ''}>
            <option value="">Tous les niveaux</option>
            {EDUCATION_LEVELS.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label} ou moins
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Filtrer</button>
      </form>
      <p className="count" role="status">
        {totalDocs} métier{totalDocs > 1 ? 's' : ''}
        {sector ? ` dans le secteur « ${sector.title} »` : ''}
      </p>
      {docs.length === 0 ? (
        <p>Aucun métier ne correspond à ces critères. Essayez un autre secteur ou niveau.</p>
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
        href={(p) => routes.careers({ secteur: sector?.slug ?? undefined, niveau: level, page: p })}
      />
    </>
  )
}
