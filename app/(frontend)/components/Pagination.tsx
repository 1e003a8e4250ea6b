import Link from 'next/link'

type Props = { page: number; totalPages: number; href: (page: number) => string }

export function Pagination({ page, totalPages, href }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">← Page précédente</Link> : <span />}
      <span>
        Page {page} sur {totalPages}
      </span>
      {page < totalPages ? <Link href={href(page + 1)} rel="next">Page suivante →</Link> : <span />}
    </nav>
  )
}
