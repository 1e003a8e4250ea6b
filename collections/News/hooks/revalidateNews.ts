import type { News } from '@/payload-types'
import { cacheTags } from '@/payload/cacheTags'
import { linkingTags, revalidatePublished, sectorPageTags, slugsWhere, type TagsFor } from '@/payload/hooks/revalidatePublished'

/**
 * A post's change reaches: its own page (old and new slug), its neighbours in publication order
 * (their "précédente / suivante" links), and everything listing news (lists, home, sector
 * pages, feeds, sitemap, search, the news column of career pages), and the pages and feeds
 * whose text links to it. Other posts stay cached.
 */
export const newsTags: TagsFor<News> = async (docs, req) => {
  const dates = [...new Set(docs.flatMap((doc) => (doc.publishedAt ? [doc.publishedAt] : [])))]
  // One after the other: all run on the hook's transaction, which takes one query at a time.
  const neighbours: string[][] = []
  for (const date of dates) {
    neighbours.push(await slugsWhere(req, 'news', { publishedAt: { less_than: date } }, { sort: '-publishedAt', limit: 1 }))
    neighbours.push(await slugsWhere(req, 'news', { publishedAt: { greater_than: date } }, { sort: 'publishedAt', limit: 1 }))
  }
  return [
    cacheTags.newsList,
    ...docs.flatMap((doc) => (doc.slug ? [cacheTags.newsPost(doc.slug)] : [])),
    ...neighbours.flat().map(cacheTags.newsPost),
    ...(await sectorPageTags(req, docs)),
    ...(await linkingTags(req, 'news', [...new Set(docs.map((doc) => doc.id))])),
  ]
}

export const revalidateNews = revalidatePublished(newsTags)
