import type { Career } from '@/payload-types'
import { bacLabel, durationLabel, startingPointLabel, STARTING_POINTS } from '@/payload/careers/accessRoutes'
import { webAddress } from '@/payload/careers/webAddress'
import { educationLevelShortLabel } from '@/payload/fields/educationLevels'

type Route = NonNullable<Career['accessRoutes']>[number]

/** Routes in the order a reader's life goes (3e, bac, higher degree, adults), then any without a starting point. */
const byStartingPoint = (routes: Route[]) => {
  const rank = (route: Route) => {
    const index = STARTING_POINTS.findIndex((point) => point.value === route.startingPoint)
    return index === -1 ? STARTING_POINTS.length : index
  }
  return [...routes].sort((a, b) => rank(a) - rank(b))
}

/** "Bac +2 · 2 ans · possible en apprentissage": the facts a reader compares. */
const trainingFacts = (training: NonNullable<Route['trainings']>[number]) =>
  [educationLevelShortLabel(training.level), durationLabel(training.durationMonths), training.apprenticeship ? 'possible en apprentissage' : null].filter(
    (fact): fact is string => Boolean(fact),
  )

/**
 * How to get there from where one stands: one sub-section per starting point, its trainings
 * with their level, duration, apprenticeship and official sheet.
 */
export function AccessRoutes({ routes, headingId }: { routes: Route[]; headingId: string }) {
  return (
    <div className="routes">
      {byStartingPoint(routes).map((route, index) => {
        const id = `${headingId}-${index + 1}`
        const bacs = route.startingPoint === 'afterBac' ? (route.bacs ?? []) : []
        return (
          <section key={route.id ?? index} className="route" aria-labelledby={id}>
            <h3 id={id} className="route__title">
              {startingPointLabel(route.startingPoint) ?? 'Formations possibles'}
            </h3>
            {bacs.length > 0 && <p className="route__bacs">{`Bacs conseillés\u00a0: ${bacs.map(bacLabel).join(', ')}`}</p>}
            {route.note && <p className="route__note">{route.note}</p>}
            <ul className="route__trainings">
              {(route.trainings ?? []).filter((training) => training.title?.trim()).map((training, position) => {
                const facts = trainingFacts(training)
                const href = webAddress(training.officialUrl)
                return (
                  <li key={training.id ?? position} className="training">
                    <strong className="training__title">{training.title}</strong>
                    {facts.length > 0 && <span className="training__facts">{facts.join(' · ')}</span>}
                    {training.details && <span className="training__details">{training.details}</span>}
                    {href && (
                      <a className="training__link" href={href}>
                        Fiche officielle<span className="visually-hidden">{` de la formation «\u00a0${training.title}\u00a0»`}</span>
                      </a>
                    )}
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
