import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { siteUrl } from '@/payload/routes'
import { SiteFooter } from './components/SiteFooter'
import { SiteHeader } from './components/SiteHeader'
import { TITLE_SUFFIX } from '@/payload/seo/searchAppearance'
import { SITE_NAME } from './seo/jsonLd'
import { feedAlternates } from './seo/metadata'
import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${SITE_NAME} — orientation et métiers`, template: `%s${TITLE_SUFFIX}` },
  description:
    'Repères aide les élèves, les parents et les personnes en reconversion à découvrir les métiers, les formations et l’actualité de l’orientation.',
  applicationName: SITE_NAME,
  openGraph: { siteName: SITE_NAME, locale: 'fr_FR', type: 'website' },
  twitter: { card: 'summary_large_image' },
  alternates: { types: feedAlternates() },
  icons: { icon: '/logo.png', apple: '/logo.png' },
}

export const viewport: Viewport = { themeColor: '#0b5d57' }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        <SiteHeader />
        <main id="contenu" tabIndex={-1} className="container">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
