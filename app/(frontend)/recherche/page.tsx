import type { Metadata } from 'next'
import Link from 'next/link'

import { search } from '../../../payload/queries'
import { routes } from '../../../payload/routes'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { CareerCard } from '../components/CareerCard'
import { NewsCard } from '../components/NewsCard'
import { SearchForm } from '../components/SearchForm'
import { sectionCrumbs } from '../seo/breadcrumbs'
import { pageMetadata } from '../seo/metadata'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/** Trimmed, control characters removed, capped: hostile input becomes a harmless query. */
const cleanQuery = (raw: string | string[] | undefined) =>
  (typeof raw === 'string' ? raw : '').replace(/[\p{Cc}]/gu, ' ').trim().slice(0, 200)

export const metadata: Metadata = {
  ...pageMetadata({ title: 'Recherche', description: 'Chercher un métier ou une actualité.', path: routes.search() }),
  robots: { index: false, follow: true },
}

export default async function SearchPage({ searchParams }: Props) {
  const query = cleanQuery((await searchParams).q)
  const results = query ? await search(query) : null
  const total = results ? results.careers.length + results.news.length : 0

  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs('Recherche', routes.search())} />
      <h1>Recherche</h1>
      <SearchForm id="recherche-page" defaultValue={query} />
      {results && (
        <p className="count" role="status">
          {total === 0 ? `Aucun résultat pour « ${query} ».` : `${total} résultat${total > 1 ? 's' : ''} pour « ${query} »`}
        </p>
      )}
      {results && total === 0 && (
        <p>
          Vérifiez l’orthographe, essayez un mot plus court, ou <Link href={routes.careers()}>parcourez tous les métiers</Link>.
        </p>
      )}
      {results && results.careers.length > 0 && (
        <section aria-labelledby="resultats-metiers">
          <h2 id="resultats-metiers">Métiers</h2>
          <div className="card-grid">
            {results.careers.map((career) => (
              <CareerCard key={career.id} career={career} />
            ))}
          </div>
        </section>
      )}
      {results && results.news.length > 0 && (
        <section aria-labelledby="resultats-actualites">
          <h2 id="resultats-actualites">Actualités</h2>
          <div className="news-list">
            {results.news.map((post) => (
              <NewsCard key={post.id} post={post} headingLevel={3} />
            ))}
          </div>
        </section>
      )}
    </>
  )
}
