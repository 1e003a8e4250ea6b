import Link from 'next/link'

import { routes } from '@/payload/routes'
import { SearchForm } from './SearchForm'

/** Skip link and the site header, shared by every page including the global 404. */
export function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href={routes.home()} className="brand">
            Repères
          </Link>
          <nav aria-label="Navigation principale">
            <ul className="nav">
              <li>
                <Link href={routes.careers()}>Métiers</Link>
              </li>
              <li>
                <Link href={routes.newsList()}>Actualités</Link>
              </li>
              <li>
                <Link href={routes.subscribe()}>S’abonner</Link>
              </li>
            </ul>
          </nav>
          <SearchForm id="recherche-entete" compact />
        </div>
      </header>
    </>
  )
}
