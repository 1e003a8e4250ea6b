import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'

import { hasNoiseParams } from '@/payload/canonicalQuery'
import { levelsUpTo, parseCareerFilters, type CareerFilterParams } from '@/payload/careerFilters'
import { parsePageNumber } from '@/payload/pageNumber'
import { listSectors, withCareers } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { countOf } from '@/payload/text/countOf'
import { SEARCH_PAGE_SIZE, searchContent, type SearchKind } from '@/payload/search/searchContent'
import { cleanSearchQuery } from '@/payload/search/searchQuery'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { CareerFilterFields } from '@/app/(frontend)/components/CareerFilterFields'
import { Highlighted } from '@/app/(frontend)/components/Highlighted'
import { Pagination } from '@/app/(frontend)/components/Pagination'
import { SearchForm } from '@/app/(frontend)/components/SearchForm'
import { formatFrenchDate } from '@/app/(frontend)/format'
import { sectionCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Params = CareerFilterParams & { q?: string | string[]; type?: string | string[]; page?: string | string[] }
type Props = { searchParams: Promise<Params> }

const TYPES: Record<string, SearchKind> = { metiers: 'career', actualites: 'news' }
const KIND_LABEL: Record<SearchKind, string> = { career: 'Métier', news: 'Actualité' }

export const metadata: Metadata = {
  ...pageMetadata({ title: 'Recherche', description: 'Chercher un métier ou une actualité.', path: routes.search() }),
  robots: { index: false, follow: true },
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const query = cleanSearchQuery(params.q)
  const page = parsePageNumber(params.page)
  if (page === null) notFound()
  const type = typeof params.type === 'string' && params.type in TYPES ? params.type : undefined
  const sectors = await listSectors()
  const filters = parseCareerFilters(params)
  const sector = sectors.find((s) => s.slug === filters.sectorSlug)
  const linkFilters = { type, secteur: sector?.slug ?? undefined, niveau: filters.level, salaire: filters.salaryMin }
  if (hasNoiseParams(params)) redirect(routes.search(query, { ...linkFilters, page }))
  const results = query
    ? await searchContent(
        query,
        {
          kind: type ? TYPES[type] : undefined,
          sectorId: sector?.id,
          levels: filters.level ? levelsUpTo(filters.level) : undefined,
          salaryMin: filters.salaryMin,
        },
        page,
      )
    : null
  if (results && page > 1 && results.hits.length === 0) notFound()

  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs('Recherche', routes.search())} />
      <h1>{query ? `Recherche : « ${query} »` : 'Recherche'}</h1>
      <SearchForm id="recherche-page" defaultValue={query}>
        {/* Folded on arrival (results come first on a phone), open when a filter is in use. */}
        <details className="search-filters" open={Boolean(type || sector || filters.level || filters.salaryMin)}>
          <summary>Affiner : type, secteur, niveau, salaire</summary>
          <fieldset className="filters">
            <legend className="visually-hidden">Filtres</legend>
          <div className="filters__field">
            <label htmlFor="recherche-type">Type</label>
            <select id="recherche-type" name="type" defaultValue={type ?? ''}>
              <option value="">Métiers et actualités</option>
              <option value="metiers">Métiers</option>
              <option value="actualites">Actualités</option>
            </select>
          </div>
          <CareerFilterFields idPrefix="recherche" sectors={withCareers(sectors)} values={{ ...filters, sectorSlug: sector?.slug ?? undefined }} />
            <button type="submit">Appliquer</button>
          </fieldset>
        </details>
      </SearchForm>

      {results && (
        <p className="count" role="status">
          {results.total === 0
            ? `Aucun résultat pour « ${query} ».`
            : results.approximate
              ? `Aucun résultat exact pour « ${query} » : ${countOf(results.total, 'titre')} approchant${results.total > 1 ? 's' : ''}.`
              : `${countOf(results.total, 'résultat')} pour « ${query} ».`}
        </p>
      )}

      {results && results.total === 0 && (
        <div className="empty-state">
          <p>Quelques pistes :</p>
          <ul>
            <li>vérifiez l’orthographe, ou essayez un mot plus court (« infirmier » plutôt que « infirmière de bloc ») ;</li>
            {(type || sector || filters.level || filters.salaryMin) && (
              <li>
                <Link href={routes.search(query)}>cherchez sans les filtres</Link> ;
              </li>
            )}
            <li>
              parcourez les secteurs :{' '}
              {withCareers(sectors).map((s, index) => (
                <span key={s.id}>
                  {index > 0 && ', '}
                  <Link href={routes.sector(s.slug ?? '')}>{s.title}</Link>
                </span>
              ))}
              , ou <Link href={routes.careers()}>tous les métiers</Link>.
            </li>
          </ul>
        </div>
      )}

      {results && results.hits.length > 0 && (
        <ol className="search-results" role="list" start={(results.page - 1) * SEARCH_PAGE_SIZE + 1}>
          {results.hits.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`} className="search-result">
              <p className="search-result__kind">
                {KIND_LABEL[hit.kind]}
                {hit.publishedAt && <> · publiée le {formatFrenchDate(hit.publishedAt)}</>}
              </p>
              <h2 className="search-result__title">
                <Link href={routes.document(hit.kind, hit.slug)}>
                  <Highlighted headline={hit.titleHeadline} />
                </Link>
              </h2>
              <p className="search-result__excerpt">
                <Highlighted headline={hit.excerptHeadline} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {results && (
        <Pagination page={results.page} totalPages={results.totalPages} href={(p) => routes.search(query, { ...linkFilters, page: p })} />
      )}
    </>
  )
}
