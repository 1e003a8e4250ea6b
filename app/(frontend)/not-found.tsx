import Link from 'next/link'

import { routes } from '@/payload/routes'

export default function NotFound() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p className="lead">Cette page n’existe pas ou n’est plus publiée.</p>
      <p>
        <Link href={routes.home()}>Revenir à l’accueil</Link> ou{' '}
        <Link href={routes.newsList()}>lire les actualités</Link>.
      </p>
    </>
  )
}
