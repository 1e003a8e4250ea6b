import { notFound } from 'next/navigation'

import { escapeXml } from '@/payload/feeds/escapeHtml'
import { sitemapEntries } from '@/payload/queries'
import { absoluteUrl } from '@/payload/routes'

type Context = { params: Promise<{ fichier: string }> }

// "/sitemap.xml", rewritten here (next.config.mjs). With 20 000 posts it is a 3 MB document:
// written for every request it took ~100 ms of CPU and, ten at once, the server's whole heap.
// Built once on first request instead, then served from Next's cache until a publish expires
// its tags (docs/caching.md). The parameter keeps it out of `next build`, which has no database.
export const dynamic = 'force-static'
export const generateStaticParams = async () => []

/** The sitemaps.org 0.9 document: every published page with its `lastmod` (payload/queries.ts). */
export async function GET(_request: Request, { params }: Context) {
  if ((await params).fichier !== 'sitemap.xml') notFound()
  const urls = (await sitemapEntries()).map(
    ({ path, lastModified }) => `<url><loc>${escapeXml(absoluteUrl(path))}</loc>${lastModified ? `<lastmod>${lastModified}</lastmod>` : ''}</url>`,
  )
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
