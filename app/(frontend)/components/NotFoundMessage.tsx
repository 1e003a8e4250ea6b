import Link from 'next/link'

import { routes } from '@/payload/routes'

/**
 * What every 404 says, whichever route gave up (an unknown address, a withdrawn career or post):
 * one page, so a reader meets the same words and ways out.
 */
export function NotFoundMessage() {
  return (
    <>
      <h1>Page introuvable</h1>
      <p className="lead">Cette page n’existe pas ou n’est plus publiée. Elle a peut-être été renommée ou retirée : la recherche, en haut de la page, la retrouvera peut-être.</p>
      <ul className="link-list">
        <li>
          <Link href={routes.home()}>Revenir à l’accueil</Link>
        </li>
        <li>
          <Link href={routes.careers()}>Parcourir les métiers</Link>
        </li>
        <li>
          <Link href={routes.newsList()}>Lire les actualités</Link>
        </li>
      </ul>
    </>
  )
}
