import Link from 'next/link'

import { INITIALS, type Initial } from '@/payload/queries'
import { routes } from '@/payload/routes'

/**
 * The careers' A–Z index: a letter with published careers is a link to its page, one without
 * stays in place, greyed and not focusable, so the alphabet never shifts.
 */
export function AlphabetIndex({ counts, current }: { counts: Record<string, number>; current?: Initial }) {
  return (
    <nav aria-label="Index alphabétique des métiers" className="alphabet">
      <ul>
        {INITIALS.map((initial) => {
          const label = initial === 'autres' ? '0–9…' : initial.toLocaleUpperCase('fr')
          const count = counts[initial] ?? 0
          const name = initial === 'autres' ? 'Autres intitulés' : `Lettre ${label}`
          return (
            <li key={initial}>
              {count > 0 ? (
                <Link
                  href={routes.careersByInitial(initial)}
                  aria-current={initial === current ? 'page' : undefined}
                  aria-label={`${name} : ${count} métier${count > 1 ? 's' : ''}`}
                >
                  {label}
                </Link>
              ) : (
                <span aria-label={`${name} : aucun métier`}>{label}</span>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
