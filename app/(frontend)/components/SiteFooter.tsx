import Link from 'next/link'

import { publishedPages } from '@/payload/queries'
import { routes } from '@/payload/routes'

/** The footer of every page, the global 404 included: the site's own pages that are published, and the feeds. */
export async function SiteFooter() {
  const pages = await publishedPages()
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>Repères — portail d’orientation. Les salaires indiqués sont des fourchettes indicatives.</p>
        <nav aria-label="Informations sur le site">
          <ul className="site-footer__links">
            {pages.map((page) => (
              <li key={page.kind}>
                <Link href={routes.page(page.kind)}>{page.title}</Link>
              </li>
            ))}
            <li>
              <Link href={routes.subscribe()}>S’abonner aux actualités (RSS)</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
