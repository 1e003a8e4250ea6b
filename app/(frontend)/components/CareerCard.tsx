import Link from 'next/link'

import type { Career } from '@/payload-types'
import { educationLevelLabel } from '@/payload/fields/educationLevels'
import { routes } from '@/payload/routes'

export function CareerCard({ career, headingLevel = 3 }: { career: Career; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const
  const level = educationLevelLabel(career.educationLevel)
  return (
    <article className="card">
      <Heading className="card__title">
        <Link href={routes.career(career.slug ?? '')}>{career.title}</Link>
      </Heading>
      <p className="card__text">{career.summary}</p>
      {level && <p className="card__meta">Niveau minimum : {level}</p>}
      <p className="card__actions">
        <Link href={routes.compare([career.slug ?? ''])}>
          Comparer<span className="visually-hidden"> {career.title} avec d’autres métiers</span>
        </Link>
      </p>
    </article>
  )
}
