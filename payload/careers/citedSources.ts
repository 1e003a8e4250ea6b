import type { Career } from '@/payload-types'

import { sourcedPayRanges } from './pay'
import { webAddress } from './webAddress'

export type CitedSource = {
  title: string
  year?: number | null
  /** A day or a year as the page shows it ("30/11/2026", "2025"), where a year alone is not enough. */
  date?: string | null
  url?: string | null
  /** The licence the source requires naming (ONISEP's Licence Ouverte). */
  licence?: { name: string; url: string }
}

const LICENCE_OUVERTE = { name: 'Licence Ouverte', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' }

/** "2026-11-30" → "30/11/2026" (a calendar day: no time zone to convert); "2025" stays. */
export const editionLabel = (edition: string) => {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(edition)
  return day ? `${day[3]}/${day[2]}/${day[1]}` : edition
}

/**
 * The attribution the Licence Ouverte asks of a sheet imported from Idéo-Métiers: the producer,
 * the data's date, a link to its sheet (payload/onisep/).
 */
export const onisepSource = (onisep: Career['onisep']): CitedSource | null =>
  onisep?.identifier
    ? {
        title: 'Onisep, Idéo-Métiers',
        year: onisep.edition ? Number(onisep.edition.slice(0, 4)) : null,
        date: onisep.edition ? editionLabel(onisep.edition) : null,
        url: onisep.url,
        licence: LICENCE_OUVERTE,
      }
    : null

/**
 * Everything the page relies on, each once: ONISEP's record for an imported sheet, the pay
 * figures' sources, then the sheet's own.
 * The page cites the former under the figures and lists the latter in "Sources".
 */
export const careerSources = (career: Pick<Career, 'pay' | 'sources' | 'onisep'>): CitedSource[] => {
  const onisep = onisepSource(career.onisep)
  const all: CitedSource[] = [
    ...(onisep ? [onisep] : []),
    ...sourcedPayRanges(career.pay).map(({ range }) => ({ title: range.source, year: range.year, url: range.sourceUrl })),
    ...(career.sources ?? []).filter((source) => source.title?.trim()).map(({ title, year, url }) => ({ title, year, url })),
  ]
  const seen = new Map<string, CitedSource>()
  for (const source of all) {
    const key = `${source.title.trim().toLowerCase()}|${source.year ?? ''}|${webAddress(source.url) ?? ''}`
    if (!seen.has(key)) seen.set(key, source)
  }
  return [...seen.values()]
}

