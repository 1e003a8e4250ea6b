import type { MetadataRoute } from 'next'

import { absoluteUrl, routes } from '@/payload/routes'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/recherche'] },
    sitemap: absoluteUrl(routes.sitemap()),
  }
}
