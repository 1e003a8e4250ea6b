import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { routes } from '@/payload/routes'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { Panel } from '@/app/(frontend)/components/Panel'
import { SubscribeForm } from '@/app/(frontend)/components/SubscribeForm'
import { listSectors, withContent } from '@/payload/queries'
import { sectionCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

// "/abonnement", rewritten here (next.config.mjs): its links are absolute (SITE_URL), and a page
// without parameters is rendered by `next build`, whose SITE_URL is not the server's. Rendered
// on first visit instead, then cached (docs/caching.md).
export const generateStaticParams = async () => []

type Props = { params: Promise<{ vue: string }> }

export const metadata: Metadata = pageMetadata({
  title: 'S’abonner aux actualités',
  description: 'Recevoir les actualités de Repères par courriel, ou les suivre dans un lecteur de flux (RSS, Atom, JSON Feed).',
  path: routes.subscribe(),
})

const FORMATS = [
  { format: 'rss', label: 'RSS 2.0' },
  { format: 'atom', label: 'Atom' },
  { format: 'json', label: 'JSON Feed' },
] as const

export default async function SubscribePage({ params }: Props) {
  if ((await params).vue !== 'publique') notFound()
  const sectors = withContent(await listSectors())
  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs('S’abonner', routes.subscribe())} />
      <h1>S’abonner aux actualités</h1>
      <p className="lead">
        Recevez les nouvelles actualités par courriel, ou suivez-les dans un lecteur de flux sans avoir à
        revenir sur le site.
      </p>
      <Panel id="courriel" title="Par courriel">
        <SubscribeForm sectors={sectors} />
      </Panel>
      <Panel id="flux-actualites" title="Toutes les actualités, dans un lecteur de flux">
        <p>
          Copiez l’adresse d’un flux dans votre lecteur (Feedly, Inoreader, NetNewsWire, Thunderbird…).
        </p>
        <p>Les 50 dernières actualités, avec leur texte complet.</p>
        <ul>
          {FORMATS.map(({ format, label }) => (
            <li key={format}>
              <Link href={routes.feed('news', format)}>Actualités au format {label}</Link>
            </li>
          ))}
        </ul>
      </Panel>
      <Panel id="flux-metiers" title="Fiches métiers">
        <p>Les fiches nouvelles ou mises à jour.</p>
        <ul>
          {FORMATS.map(({ format, label }) => (
            <li key={format}>
              <Link href={routes.feed('careers', format)}>Fiches métiers au format {label}</Link>
            </li>
          ))}
        </ul>
      </Panel>
      <Panel id="flux-secteurs" title="Par secteur">
        <p>
          Chaque page de secteur propose son propre flux : ouvrez un secteur depuis{' '}
          <Link href={routes.careers()}>la liste des métiers</Link> ou la page d’accueil.
        </p>
      </Panel>
      <p>
        Un article corrigé ne réapparaît pas comme nouveau : chaque article garde le même identifiant,
        même si son titre ou son adresse change.
      </p>
    </>
  )
}
