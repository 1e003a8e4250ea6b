import type { Metadata } from 'next'

import { NotFoundMessage } from './(frontend)/components/NotFoundMessage'
import { SiteFooter } from './(frontend)/components/SiteFooter'
import { SiteHeader } from './(frontend)/components/SiteHeader'
import './(frontend)/styles.css'

// Any address no route knows (e.g. /nimporte-quoi): the same French page as a missing career,
// with the same header and footer (this page has no layout of its own).
export const metadata: Metadata = { title: 'Page introuvable — Repères', robots: { index: false } }

// Rendered per request, not at build time (no database then): its footer lists the site's
// published pages, read from the cache like every other page's.
export const dynamic = 'force-dynamic'

export default function GlobalNotFound() {
  return (
    <html lang="fr">
      <body>
        <SiteHeader />
        <main id="contenu" tabIndex={-1} className="container">
          <NotFoundMessage />
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
