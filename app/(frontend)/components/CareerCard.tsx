import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Career } from '@/payload-types'
import { educationLevelLabel } from '@/payload/fields/educationLevels'
import { routes } from '@/payload/routes'

/** What a card shows of a career: any read of it with these fields will do (a quiz result's too). */
export type CardCareer = Pick<Career, 'title' | 'slug' | 'summary' | 'educationLevel'>

/** A career's card; `children` go under its summary (a quiz result says there why it is proposed). */
export function CareerCard({ career, headingLevel = 3, children }: { career: CardCareer; headingLevel?: 2 | 3; children?: ReactNode }) {
  const Heading = `h${headingLevel}` as const
  const level = educationLevelLabel(career.educationLevel)
  return (
    <article className="card">
      <Heading className="card__title">
        <Link href={routes.career(career.slug ?? '')}>{career.title}</Link>
      </Heading>
      {career.summary && <p className="card__text">{career.summary}</p>}
      {children}
      {level && <p className="card__meta">{`Niveau minimum\u00a0: ${level}`}</p>}
      <p className="card__actions">
        <Link href={routes.compare([career.slug ?? ''])}>
          Comparer<span className="visually-hidden"> {career.title} avec d’autres métiers</span>
        </Link>
      </p>
    </article>
  )
}
