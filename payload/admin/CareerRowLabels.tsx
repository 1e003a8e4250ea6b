'use client'

import { useRowLabel } from '@payloadcms/ui'

import { durationLabel, startingPointLabel } from '@/payload/careers/accessRoutes'
import { NBSP } from '@/payload/i18n/typography'

// Collapsed rows of a career sheet's lists say what they hold, not "Formation 01".

type Route = { startingPoint?: string | null; trainings?: { title?: string | null }[] | null }

/** "Parcours 1 · Après le bac : BTS maintenance des systèmes, BUT GIM". */
export function AccessRouteRowLabel() {
  const { data, rowNumber } = useRowLabel<Route>()
  const from = startingPointLabel(data?.startingPoint) ?? 'point de départ à choisir'
  const trainings = (data?.trainings ?? []).map((training) => training?.title?.trim()).filter(Boolean)
  return <span>{`Parcours ${(rowNumber ?? 0) + 1} · ${from}${trainings.length ? `${NBSP}: ${trainings.join(', ')}` : ''}`}</span>
}

type Training = { title?: string | null; durationMonths?: number | null }

/** "BTS maintenance des systèmes · 2 ans", or "Formation 2" while untitled. */
export function TrainingRowLabel() {
  const { data, rowNumber } = useRowLabel<Training>()
  const title = data?.title?.trim() || `Formation ${(rowNumber ?? 0) + 1}`
  const duration = durationLabel(data?.durationMonths)
  return <span>{duration ? `${title} · ${duration}` : title}</span>
}

type Source = { title?: string | null; year?: number | null }

/** "Apec, 2025", or "Source 3" while untitled. */
export function SourceRowLabel() {
  const { data, rowNumber } = useRowLabel<Source>()
  const title = data?.title?.trim() || `Source ${(rowNumber ?? 0) + 1}`
  return <span>{data?.year ? `${title}, ${data.year}` : title}</span>
}
