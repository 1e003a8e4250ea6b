import type { Metadata } from 'next'
import Link from 'next/link'

import { SiteHeader } from './(frontend)/components/SiteHeader'
import './(frontend)/styles.css'

// Any address no route knows (e.g. /nimporte-quoi): the same French page as a missing career.
export const metadata: Metadata = { title: 'Page introuvable — Repères', robots: { index: false } }

export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body>
        <SiteHeader />
        <main id="contenu" tabIndex={-1} className="container">
          <h1>Page introuvable</h1>
          <p className="lead">Cette page n’existe pas ou n’est plus publiée.</p>
          <p>
            <Link href="/">Revenir à l’accueil</Link>, <Link href="/metiers">parcourir les métiers</Link> ou{' '}
            <Link href="/actualites">lire les actualités</Link>.
          </p>
        </main>
      </body>
    </html>
  )
}
