// Two or three careers side by side (/comparer?metiers=a,b,c). What is compared lives here as
// plain data, so the page, its phone layout and the proxy's refusal read the same rules.
import { isValidSlug } from '@/payload/fields/slugify'
import { commaList } from '@/payload/text/commaList'
import { foldForMatching } from '@/payload/text/foldForMatching'

import { STARTING_POINTS } from './accessRoutes'
import { isFigure, PAY_RANGES, type Pay, sourcedPayRanges } from './pay'

/** At most three columns: a fourth no longer fits a phone's card list nor a reader's memory. */
export const COMPARE_MAX = 3

/** The query parameter holding the slugs, comma-separated; a form's checkboxes repeat it instead. */
export const COMPARE_PARAM = 'metiers'

/** The query parameter of the "add a career" field: a title, a slug or a career's address. */
export const ADD_PARAM = 'ajouter'

/**
 * More careers than this in one address are not even looked up: the page refusing a fourth
 * offers the first ones to choose from, and an address with thousands would cost as many reads.
 */
export const CHOOSER_MAX = 10

/**
 * The slugs an address asks for, as the visitor meant them (Next has undone the percent
 * escapes): `metiers=a,b` and `metiers=a&metiers=b` alike, trimmed, lower-cased, duplicates and
 * empty items dropped, in the order given. Unknown slugs are kept (the page names them); so is
 * anything, however odd, the visitor typed: deciding what exists is the read model's job.
 */
export const requestedSlugs = (value: string | string[] | undefined | null): string[] => {
  return [...new Set(commaList(value).map((part) => part.toLowerCase()))]
}

/**
 * The slug a visitor's "add" text names when it is a slug or a career's address
 * (`https://…/metiers/infirmier`, `/metiers/infirmier/`), else null: the page then looks the
 * text up as a title.
 */
export const slugInAddress = (text: string): string | null => {
  const trimmed = text.trim()
  const path = /^(?:https?:\/\/[^/]+)?\/?metiers\/([^/?#]+)\/?(?:[?#].*)?$/i.exec(trimmed)?.[1] ?? trimmed
  let slug = path
  try {
    slug = decodeURIComponent(path)
  } catch {
    return null
  }
  slug = slug.toLowerCase()
  return isValidSlug(slug) ? slug : null
}

// ---------------------------------------------------------------- what is compared

/** The least and most a career's trainings last, in months, or null when none says. */
export const studyDuration = (accessRoutes: { trainings?: { durationMonths?: number | null }[] | null }[] | null | undefined) => {
  const months = (accessRoutes ?? [])
    .flatMap((route) => route.trainings ?? [])
    .map((training) => training.durationMonths)
    .filter((value): value is number => isFigure(value) && value > 0)
  return months.length ? { min: Math.min(...months), max: Math.max(...months) } : null
}

/** The starting points a career can be reached from, in the order guidance services use. */
export const startingPointsOf = (accessRoutes: { startingPoint?: string | null }[] | null | undefined) => {
  const present = new Set((accessRoutes ?? []).map((route) => route.startingPoint).filter(Boolean))
  return STARTING_POINTS.filter((point) => present.has(point.value))
}

export type PayScaleBounds = { low: number; high: number }

/**
 * One euro scale for every compared career's sourced ranges (min, average, max), so a bar
 * reads the same in every column; null when fewer than two different figures exist.
 */
export const sharedPayScale = (pays: (Pay | null | undefined)[]): PayScaleBounds | null => {
  const figures = pays
    .flatMap((pay) => sourcedPayRanges(pay))
    .flatMap(({ range }) => [range.min, range.average, range.max])
    .filter(isFigure)
  if (!figures.length) return null
  const [low, high] = [Math.min(...figures), Math.max(...figures)]
  return high > low ? { low, high } : null
}

/** The pay ranges at least one compared career shows, in reading order (one table row each). */
export const comparedPayRanges = (pays: (Pay | null | undefined)[]) => {
  const shown = new Set(pays.flatMap((pay) => sourcedPayRanges(pay).map(({ name }) => name)))
  return PAY_RANGES.filter(({ name }) => shown.has(name))
}

export type SharedItem = { text: string; careers: number[] }

/**
 * Items (skills, interests…) found in at least two of the careers, matched as a reader would:
 * case, accents, spacing and final punctuation ignored ("Gérer un budget." = "gérer un
 * budget"). Each is written as the first career has it, with the indexes of the careers
 * sharing it; most shared first, then in the first career's order.
 */
export const sharedItems = (lists: (string | null | undefined)[][]): SharedItem[] => {
  const found = new Map<string, SharedItem>()
  lists.forEach((list, index) => {
    for (const item of list) {
      const text = item?.trim()
      if (!text) continue
      const key = foldForMatching(text).replace(/[\s.;:!?…]+$/u, '')
      if (!key) continue
      const entry = found.get(key) ?? { text, careers: [] }
      if (!entry.careers.includes(index)) entry.careers.push(index)
      found.set(key, entry)
    }
  })
  return [...found.values()].filter((entry) => entry.careers.length > 1).sort((a, b) => b.careers.length - a.careers.length)
}
