import type { MetadataRoute } from 'next'

import { sitemapEntries } from '@/payload/queries'
import { absoluteUrl } from '@/payload/routes'

// Built per request from cached data, so `next build` never needs the database.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return (await sitemapEntries()).map((entry) => ({
    url: absoluteUrl(entry.path),
    ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
  }))
}
