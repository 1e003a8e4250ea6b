import type { Career } from '@/payload-types'

import { sourcedPayRanges } from './pay'
import { webAddress } from './webAddress'

export type CitedSource = { title: string; year?: number | null; url?: string | null }

/**
 * Everything the page relies on, each once: the pay figures' sources, then the sheet's own.
 * The page cites the former under the figures and lists the latter in "Sources".
 */
export const careerSources = (career: Pick<Career, 'pay' | 'sources'>): CitedSource[] => {
  const all: CitedSource[] = [
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

