import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parsePageNumber } from '@/payload/pageNumber'
import { listNews } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { NewsCard } from '@/app/(frontend)/components/NewsCard'
import { Pagination } from '@/app/(frontend)/components/Pagination'
import { newsCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Props = { params: Promise<{ page: string }> }

// Every page of the list ("/actualites" is page 1, rewritten here) is rendered on first visit and
// served from cache until a publish expires its tags. The old "?page=N" addresses redirect here
// (app/(frontend)/filtres/actualites).
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page) ?? 1
  return pageMetadata({
    title: page > 1 ? `Actualités, page ${page}` : 'Actualités de l’orientation',
    description: 'L’actualité de l’orientation, des écoles et des formations, jour après jour.',
    path: routes.newsList(page),
  })
}

export default async function NewsListPage({ params }: Props) {
  const page = parsePageNumber((await params).page)
  if (page === null) notFound()
  const { docs, totalPages, totalDocs } = await listNews(page)
  // Past the last page: a 404, cached like the page (at most 9 999 addresses, MAX_PAGE).
  if (page > 1 && docs.length === 0) notFound()

  return (
    <>
      <Breadcrumbs crumbs={newsCrumbs()} />
      <h1>Actualités</h1>
      <p className="count">
        {totalDocs} actualité{totalDocs > 1 ? 's' : ''}
      </p>
      {docs.length === 0 ? (
        <p>Aucune actualité publiée pour le moment.</p>
      ) : (
        <div className="news-list">
          {docs.map((post) => (
            <NewsCard key={post.id} post={post} />
          ))}
        </div>
      )}
      <Pagination page={page} totalPages={totalPages} href={routes.newsList} />
    </>
  )
}
