import Link from 'next/link'

import { routes } from '../../payload/routes'

export default function HomePage() {
  return (
    <>
      <h1>Trouver sa voie, métier par métier</h1>
      <p className="lead">
        Des fiches métiers claires (compétences, missions, formations, salaires) et l’actualité de
        l’orientation, pour les élèves, les parents et les personnes en reconversion.
      </p>
      <ul className="link-list">
        <li>
          <Link href={routes.career('directeur-technique')}>Découvrir la fiche « Directeur technique »</Link>
        </li>
        <li>
          <Link href={routes.newsList()}>Lire les actualités de l’orientation</Link>
        </li>
      </ul>
    </>
  )
}
