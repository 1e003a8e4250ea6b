import type { MetadataRoute } from 'next'

import { sitemapEntries } from '@/payload/queries'
import { absoluteUrl, routes } from '@/payload/routes'

// Built per request from cached data, so `next build` never needs the database.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { careers, news, sectors } = await sitemapEntries()
  const sections = [routes.home(), routes.careers(), routes.newsList()].map((path) => ({ url: absoluteUrl(path) }))
  return [
    ...sections,
    ...[...careers, ...news, ...sectors].map((entry) => ({
      url: absoluteUrl(entry.path),
      ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
    })),
  ]
}
