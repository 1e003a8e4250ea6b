import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Career, Sector } from '@/payload-types'
import { comparedPayRanges, type PayScaleBounds, sharedPayScale, startingPointsOf, studyDuration } from '@/payload/careers/comparison'
import { durationLabel } from '@/payload/careers/accessRoutes'
import { interestLabel } from '@/payload/careers/interests'
import { sourcedPayRanges } from '@/payload/careers/pay'
import { feminineTitle } from '@/payload/careers/titles'
import { travelLabel, workplacesText } from '@/payload/careers/workingConditions'
import { educationLevelLabel } from '@/payload/fields/educationLevels'
import { routes } from '@/payload/routes'
import { lowerFirst } from '@/payload/text/frenchList'
import { formatEuros } from '@/app/(frontend)/format'
import { PayBar, RangeFigures } from './PayScale'

type Row = { label: string; cell: (career: Career) => ReactNode }

const NOT_GIVEN = <span className="compare__none">Non renseigné</span>

const sectorsOf = (career: Career) => (career.sectors ?? []).filter((sector): sector is Sector => typeof sector === 'object')

/** "2 ans", "De 18 mois à 5 ans": how long the career's trainings last, shortest to longest. */
const durationText = (career: Career) => {
  const duration = studyDuration(career.accessRoutes)
  if (!duration) return null
  const [min, max] = [durationLabel(duration.min), durationLabel(duration.max)]
  return duration.min === duration.max ? min : `De ${min} à ${max}`
}

/** The table's rows, read in the order a reader's questions come (as on the sheet). */
const rowsFor = (careers: Career[], scale: PayScaleBounds | null): Row[] => [
  { label: 'Niveau d’études minimum', cell: (career) => educationLevelLabel(career.educationLevel) ?? NOT_GIVEN },
  { label: 'Durée des formations', cell: (career) => durationText(career) ?? NOT_GIVEN },
  {
    label: 'Comment y accéder',
    cell: (career) => {
      const points = startingPointsOf(career.accessRoutes)
      if (!points.length)
        return (career.accessRoutes ?? []).length ? <Link href={`${routes.career(career.slug ?? '')}#acces`}>Formations possibles, sur la fiche</Link> : NOT_GIVEN
      return (
        <ul className="compare__list">
          {points.map((point) => (
            <li key={point.value}>{point.label}</li>
          ))}
        </ul>
      )
    },
  },
  ...comparedPayRanges(careers.map((career) => career.pay)).map(
    ({ name, label }): Row => ({
      label: `Salaire ${lowerFirst(label)}`,
      cell: (career) => {
        const range = sourcedPayRanges(career.pay).find((shown) => shown.name === name)?.range
        if (!range) return NOT_GIVEN
        return (
          <>
            <RangeFigures range={range} />
            {scale && <PayBar range={range} {...scale} />}
          </>
        )
      },
    }),
  ),
  ...(comparedPayRanges(careers.map((career) => career.pay)).length
    ? [
        {
          label: 'Source des salaires',
          cell: (career: Career) => {
            const sources = [...new Set(sourcedPayRanges(career.pay).map(({ range }) => `${range.source}, ${range.year}`))]
            return sources.length ? <span className="compare__source">{sources.join(' ; ')}</span> : NOT_GIVEN
          },
        },
      ]
    : []),
  {
    label: 'Secteurs',
    cell: (career) => {
      const sectors = sectorsOf(career)
      if (!sectors.length) return NOT_GIVEN
      return (
        <ul className="compare__list">
          {sectors.map((sector) => (
            <li key={sector.id}>
              <Link href={routes.sector(sector.slug ?? '')}>{sector.title}</Link>
            </li>
          ))}
        </ul>
      )
    },
  },
  {
    label: 'Centres d’intérêt',
    cell: (career) =>
      career.interests?.length ? (
        <ul className="compare__list">
          {career.interests.map((interest) => (
            <li key={interest}>{interestLabel(interest)}</li>
          ))}
        </ul>
      ) : (
        NOT_GIVEN
      ),
  },
  {
    label: 'Conditions de travail',
    cell: (career) => {
      const conditions = career.workingConditions
      const places = conditions?.places ?? []
      const travel = travelLabel(conditions?.travel)
      if (!places.length && !travel && !conditions?.hours) return NOT_GIVEN
      return (
        <ul className="compare__list">
          {places.length > 0 && <li>{workplacesText(places)}</li>}
          {travel && <li>{`Déplacements\u00a0: ${travel.toLocaleLowerCase('fr')}`}</li>}
          {conditions?.hours && <li>{conditions.hours}</li>}
        </ul>
      )
    },
  },
]

function CareerName({ career }: { career: Career }) {
  const feminine = feminineTitle(career)
  return (
    <Link href={routes.career(career.slug ?? '')} className="compare__career">
      {career.title}
      {feminine && <span className="compare__feminine"> ou {feminine}</span>}
    </Link>
  )
}

/** The comparison without this career (its address: no JavaScript needed). */
function RemoveLink({ career, others }: { career: Career; others: string[] }) {
  return (
    <Link href={routes.compare(others)} className="compare__remove">
      Retirer<span className="visually-hidden"> {career.title} de la comparaison</span>
    </Link>
  )
}

/**
 * The compared careers, criterion by criterion: a table on wide screens, one card per
 * criterion on phones (the same rows, so both say the same; a card per career would put the
 * answers to compare screens apart). Pay bars share one scale across careers.
 */
export function CareerComparison({ careers }: { careers: Career[] }) {
  const scale = sharedPayScale(careers.map((career) => career.pay))
  const rows = rowsFor(careers, scale)
  const slugs = careers.map((career) => career.slug ?? '')
  const others = (career: Career) => slugs.filter((slug) => slug !== career.slug)
  return (
    <>
      {scale && (
        <p className="compare__scale">
          {`Salaires bruts par mois pour un temps plein\u00a0; les barres partagent la même échelle, de ${formatEuros(scale.low)} à ${formatEuros(scale.high)}.`}
        </p>
      )}
      <div className="compare__table-wrap">
        <table className="compare__table">
          <caption className="visually-hidden">Comparaison des métiers, critère par critère</caption>
          <thead>
            <tr>
              <td />
              {careers.map((career) => (
                <th key={career.id} scope="col">
                  <CareerName career={career} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {careers.map((career) => (
                  <td key={career.id}>{row.cell(career)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          {/* Below the rows, not in the column headers: a header is read again with every cell. */}
          <tfoot>
            <tr>
              <td />
              {careers.map((career) => (
                <td key={career.id}>
                  <RemoveLink career={career} others={others(career)} />
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {/* On a phone, criterion by criterion: the careers' answers one under the other. */}
      <div className="compare__cards">
        <h2 className="visually-hidden">Métiers comparés</h2>
        <ul className="compare__careers">
          {careers.map((career) => (
            <li key={career.id}>
              <CareerName career={career} />
              <RemoveLink career={career} others={others(career)} />
            </li>
          ))}
        </ul>
        {rows.map((row) => (
          <section key={row.label} className="compare__card">
            <h2 className="compare__card-title">{row.label}</h2>
            <dl>
              {careers.map((career) => (
                <div key={career.id}>
                  <dt>{career.title}</dt>
                  <dd>{row.cell(career)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </>
  )
}
