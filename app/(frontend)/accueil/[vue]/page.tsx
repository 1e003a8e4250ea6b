import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { INTERESTS, interestSlug } from '@/payload/careers/interests'
import { getQuiz, interestCounts, latestCareers, listNews, listSectors, withCareers } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { CareerCard } from '@/app/(frontend)/components/CareerCard'
import { JsonLd } from '@/app/(frontend)/components/JsonLd'
import { NewsCard } from '@/app/(frontend)/components/NewsCard'
import { SearchForm } from '@/app/(frontend)/components/SearchForm'
import { websiteJsonLd } from '@/app/(frontend)/seo/jsonLd'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

// The home page ("/", rewritten here by next.config.mjs). A page without parameters would be
// prerendered by `next build`, which has no database: behind this one parameter it is rendered
// on first visit instead, then served from Next's cache until a publish expires its data's tags
// (docs/caching.md). Visitors never see this address: it redirects to "/".
const HOME_VIEW = 'publique'
export const generateStaticParams = async () => []

type Props = { params: Promise<{ vue: string }> }

const HOME_TITLE = 'Repères — orientation et métiers'

export const metadata: Metadata = {
  ...pageMetadata({
    title: HOME_TITLE,
    description:
      'Fiches métiers (compétences, missions, formations, salaires) et actualité de l’orientation pour les élèves, les parents et les personnes en reconversion.',
    path: routes.home(),
  }),
  // Whole: under this route the layout's "%s — Repères" template applies, which would say it twice.
  title: { absolute: HOME_TITLE },
}

export default async function HomePage({ params }: Props) {
  if ((await params).vue !== HOME_VIEW) notFound()
  const [careers, news, sectors, interests, quiz] = await Promise.all([
    latestCareers(6),
    listNews(1),
    listSectors().then(withCareers),
    interestCounts(),
    getQuiz(),
  ])
  // The ways in first (a reader who does not know which career to look up starts from what
  // they like, or a field), then what is new. Only interests and sectors with published careers.
  const ways = INTERESTS.filter((interest) => interests[interest.value])
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <section className="hero" aria-labelledby="accueil-titre">
        <h1 id="accueil-titre">Trouver sa voie, métier par métier</h1>
        <p className="lead">
          Des fiches claires sur les compétences, les missions, les formations et les salaires, et
          l’actualité de l’orientation.
        </p>
        <SearchForm id="recherche-accueil" />
        {quiz && (
          <p className="hero__quiz">
            {'Pas encore d’idée\u00a0? '}
            <Link href={routes.quiz()}>{`Répondez au quiz d’orientation (${quiz.questions.length} questions)`}</Link>
          </p>
        )}
      </section>

      {ways.length > 0 && (
        <section aria-labelledby="par-interet">
          <h2 id="par-interet">Explorer par centre d’intérêt</h2>
          <ul className="chips">
            {ways.map((interest) => (
              <li key={interest.value}>
                <Link href={routes.careers({ interet: interestSlug(interest) })}>
                  {interest.label} <span className="chips__count">({interests[interest.value]})</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="par-secteur">
        <h2 id="par-secteur">Explorer par secteur</h2>
        <ul className="chips">
          {sectors.map((sector) => (
            <li key={sector.id}>
              <Link href={routes.sector(sector.slug ?? '')}>
                {sector.title} <span className="chips__count">({sector.careerCount})</span>
              </Link>
            </li>
          ))}
        </ul>
        <p>
          <Link href={routes.compare()}>Comparer deux ou trois métiers</Link>
        </p>
      </section>

      <section aria-labelledby="derniers-metiers">
        <h2 id="derniers-metiers">Fiches métiers récentes</h2>
        <div className="card-grid">
          {careers.map((career) => (
            <CareerCard key={career.id} career={career} />
          ))}
        </div>
        <p>
          <Link href={routes.careers()}>Voir tous les métiers</Link>
        </p>
      </section>

      <section aria-labelledby="dernieres-actualites">
        <h2 id="dernieres-actualites">Actualités</h2>
        <div className="news-list">
          {news.docs.slice(0, 4).map((post) => (
            <NewsCard key={post.id} post={post} headingLevel={3} />
          ))}
        </div>
        <p>
          <Link href={routes.newsList()}>Toutes les actualités</Link>
        </p>
      </section>
    </>
  )
}
