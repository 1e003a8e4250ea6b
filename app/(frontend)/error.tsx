'use client'

import Link from 'next/link'

import { routes } from '@/payload/routes'

// What a visitor sees when a page cannot be built, typically while the database is out of
// reach (the proxy in front turns it into a 503 with its own copy of this message). Cached
// pages keep being served meanwhile; this one offers to try again.
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Service momentanément indisponible</h1>
      <p className="lead">Cette page ne peut pas être affichée pour l’instant. Réessayez dans quelques instants.</p>
      <p>
        <button type="button" onClick={reset}>
          Réessayer
        </button>{' '}
        ou <Link href={routes.home()}>revenir à l’accueil</Link>.
      </p>
    </>
  )
}
