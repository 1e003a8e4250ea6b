import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { listNews } from '../../../payload/queries'
import { routes } from '../../../payload/routes'
import { publicationLine } from '../format'

export const metadata: Metadata = {
  title: 'Actualités',
  description: 'L’actualité de l’orientation, des écoles et des formations.',
  alternates: { canonical: routes.newsList() },
}

type Props = { searchParams: Promise<{ page?: string | string[] }> }

/** "?page=3" → 3; anything else (absent, negative, text, huge) is page 1 or a 404 below. */
const pageNumber = (raw: string | string[] | undefined): number | null => {
  if (raw === undefined) return 1
  if (typeof raw !== 'string' || !/^[1-9]\d{0,5}$/.test(raw)) return null
  return Number(raw)
}

export default async function NewsListPage({ searchParams }: Props) {
  const page = pageNumber((await searchParams).page)
  if (page === null) notFound()
  const { posts, totalPages } = await listNews(page)
  if (page > 1 && posts.length === 0) notFound()

  return (
    <>
      <h1>Actualités</h1>
      {posts.length === 0 ? (
        <p>Aucune actualité publiée pour le moment.</p>
      ) : (
        <ol className="news-list">
          {posts.map((post) => (
            <li key={post.id} className="news-item">
              <h2 className="news-item__title">{post.title}</h2>
              <p className="news-item__dates">{post.publishedAt && publicationLine(post.publishedAt, post.contentUpdatedAt)}</p>
              <p>{post.excerpt}</p>
            </li>
          ))}
        </ol>
      )}
      {totalPages > 1 && (
        <nav aria-label="Pagination" className="pagination">
          {page > 1 && <Link href={`${routes.newsList()}?page=${page - 1}`}>Page précédente</Link>}
          <span>
            Page {page} sur {totalPages}
          </span>
          {page < totalPages && <Link href={`${routes.newsList()}?page=${page + 1}`}>Page suivante</Link>}
        </nav>
      )}
    </>
  )
}
