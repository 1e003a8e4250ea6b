import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { routes } from '@/payload/routes'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { sectionCrumbs } from '@/app/(frontend)/seo/breadcrumbs'

/** The steps of an e-mail subscription are not pages to find in a search engine. */
export const noticeMetadata = (title: string): Metadata => ({ title, robots: { index: false, follow: true } })

/** One step of the e-mail subscription: where the visitor is, what happens next. */
export function SubscriptionNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs('S’abonner', routes.subscribe())} />
      <h1>{title}</h1>
      {children}
      <p>
        <Link href={routes.newsList()}>Lire les actualités</Link> · <Link href={routes.home()}>Revenir à l’accueil</Link>
      </p>
    </>
  )
}
