import { cacheTags } from '@/payload/cacheTags'
import { routes } from '@/payload/routes'

// Addresses whose proxied copy a publish refreshes at once. Pages a change reaches only in a
// side column (every career page shows the latest news) are many: those wait for the proxy's
// 1-second lifetime instead, so one publish costs at most MAX_PATHS renders.
export const MAX_PATHS = 24

const careerPrefix = cacheTags.career('')
const newsPrefix = cacheTags.newsPost('')
const sectorPrefix = cacheTags.sectorPage('')
const byTag: Record<string, string[]> = {
  [cacheTags.newsList]: ['/actualites', '/', '/rss.xml', '/atom.xml', '/feed.json', '/sitemap.xml'],
  [cacheTags.careerList]: ['/metiers', '/', '/metiers/rss.xml', '/metiers/atom.xml', '/metiers/feed.json', '/sitemap.xml'],
  [cacheTags.quiz]: ['/orientation', '/', '/sitemap.xml'],
}

/** The public addresses behind these cache tags: documents' own pages first, then lists and feeds, then sectors' pages and feeds. */
export const proxyPaths = (tags: Iterable<string>): string[] => {
  const pages: string[] = []
  const lists: string[] = []
  const sectors: string[] = []
  for (const tag of tags) {
    // List tags first: 'news:list' also starts with the post prefix.
    if (byTag[tag]) lists.push(...byTag[tag])
    else if (tag.startsWith(careerPrefix)) pages.push(`/metiers/${tag.slice(careerPrefix.length)}`)
    else if (tag.startsWith(newsPrefix)) pages.push(`/actualites/${tag.slice(newsPrefix.length)}`)
    else if (tag.startsWith(sectorPrefix)) {
      const slug = tag.slice(sectorPrefix.length)
      sectors.push(routes.sector(slug), ...(['rss', 'atom', 'json'] as const).map((format) => routes.feed({ sector: slug }, format)))
    }
  }
  return [...new Set([...pages, ...lists, ...sectors])].slice(0, MAX_PATHS)
}
