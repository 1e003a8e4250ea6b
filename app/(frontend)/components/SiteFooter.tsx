import Link from 'next/link'

import { CONFORMITY_LEVELS } from '@/payload/pages/pageKinds'
import { type PageLink, publishedPages } from '@/payload/queries'
import { routes } from '@/payload/routes'

/** The accessibility statement is linked as the RGAA asks: "Accessibilité : non conforme". */
const linkText = (page: PageLink) => {
  const level = CONFORMITY_LEVELS.find((each) => each.value === page.conformity)
  return page.kind === 'accessibility' && level ? `Accessibilité\u00a0: ${level.label.toLocaleLowerCase('fr')}` : page.title
}

/**
 * The site's published pages, or none when they cannot be read: the footer is in every page,
 * the French error page included, which must still show when the database is down.
 */
const footerPages = async (): Promise<PageLink[]> => {
  try {
    return await publishedPages()
  } catch (error) {
    console.error('Pied de page : les pages du site n’ont pas pu être lues.', error)
    return []
  }
}

/** The footer of every page, the global 404 included: the site's own pages that are published, and the feeds. */
export async function SiteFooter() {
  const pages = await footerPages()
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>Repères — portail d’orientation. Les salaires indiqués sont des fourchettes indicatives.</p>
        <nav aria-label="Informations sur le site">
          <ul className="site-footer__links">
            {pages.map((page) => (
              <li key={page.kind}>
                <Link href={routes.page(page.kind)}>{linkText(page)}</Link>
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
