import type { Metadata } from 'next'
import Link from 'next/link'

import { getSector, listCareers, listNews } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { CareerCard } from '@/app/(frontend)/components/CareerCard'
import { NewsCard } from '@/app/(frontend)/components/NewsCard'
import { notFoundOrMoved } from '@/app/(frontend)/notFoundOrMoved'
import { sectorCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { feedAlternates, pageMetadata } from '@/app/(frontend)/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const sector = await getSector(slug)
  if (!sector) return { title: 'Page introuvable', robots: { index: false } }
  return pageMetadata({
    title: `Métiers du secteur ${sector.title}`,
    description: sector.description || `Les métiers et l’actualité du secteur ${sector.title}.`,
    path: routes.sector(slug),
    feeds: feedAlternates({ slug, title: sector.title }),
  })
}

export default async function SectorPage({ params }: Props) {
  const { slug } = await params
  const sector = (await getSector(slug)) ?? (await notFoundOrMoved(routes.sector(slug)))
  const [careers, news] = await Promise.all([listCareers({ sector, page: 1 }), listNews(1, sector)])

  return (
    <>
      <Breadcrumbs crumbs={sectorCrumbs({ title: sector.title, slug })} />
      <h1>{sector.title}</h1>
      {sector.description && <p className="lead">{sector.description}</p>}
      <p>
        <Link href={routes.feed({ sector: slug }, 'rss')}>S’abonner aux actualités du secteur (RSS)</Link>
      </p>
      <section aria-labelledby="secteur-metiers">
        <h2 id="secteur-metiers">Les métiers ({careers.totalDocs})</h2>
        {careers.docs.length === 0 ? (
          <p>Aucune fiche métier publiée dans ce secteur pour le moment.</p>
        ) : (
          <div className="card-grid">
            {careers.docs.map((career) => (
              <CareerCard key={career.id} career={career} />
            ))}
          </div>
        )}
        {careers.totalPages > 1 && (
          <p>
            <Link href={routes.careers({ secteur: slug, page: 2 })}>Voir la suite des métiers du secteur</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="secteur-actualites">
        <h2 id="secteur-actualites">Actualités du secteur</h2>
        {news.docs.length === 0 ? (
          <p>Aucune actualité pour ce secteur.</p>
        ) : (
          <div className="news-list">
            {news.docs.slice(0, 5).map((post) => (
              <NewsCard key={post.id} post={post} headingLevel={3} />
            ))}
          </div>
        )}
      </section>
    </>
  )
}
