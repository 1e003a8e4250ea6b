import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { routes, siteUrl } from '../../payload/routes'
import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Repères — orientation et métiers', template: '%s — Repères' },
  description:
    'Repères aide les élèves, les parents et les personnes en reconversion à découvrir les métiers, les formations et l’actualité de l’orientation.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
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
                  <Link href={routes.career('directeur-technique')}>Métiers</Link>
                </li>
                <li>
                  <Link href={routes.newsList()}>Actualités</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="contenu" tabIndex={-1} className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>Repères — portail d’orientation. Les salaires sont indicatifs.</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
