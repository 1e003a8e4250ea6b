// The read model: every page asks for data here, by name. Queries run with the visitors'
// access rules (overrideAccess: false, no user), so a draft can never reach a public page,
// and are cached under the tags the collection hooks expire.
import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import type { Career, News } from '../payload-types'
import { cacheTags } from './cacheTags'
import { isValidSlug } from './fields/slugify'

const payload = () => getPayload({ config })

export const NEWS_PAGE_SIZE = 10

/** A published career sheet, or null (also for strings that cannot be a slug). */
export const getCareer = async (slug: string): Promise<Career | null> => {
  if (!isValidSlug(slug)) return null
  return unstable_cache(
    async () => {
      const { docs } = await (await payload()).find({
        collection: 'careers',
        where: { slug: { equals: slug } },
        depth: 1,
        limit: 1,
        pagination: false,
        overrideAccess: false,
      })
      return docs[0] ?? null
    },
    ['career', slug],
    { tags: [cacheTags.career(slug), cacheTags.sectors, cacheTags.media] },
  )()
}

export type NewsPage = {
  posts: News[]
  page: number
  totalPages: number
  totalDocs: number
}

/** Published news, newest first; `page` is 1-based and out-of-range pages come back empty. */
export const listNews = (page: number): Promise<NewsPage> =>
  unstable_cache(
    async () => {
      const result = await (await payload()).find({
        collection: 'news',
        sort: ['-publishedAt', '-id'],
        depth: 1,
        limit: NEWS_PAGE_SIZE,
        page,
        overrideAccess: false,
        select: {
          title: true,
          slug: true,
          excerpt: true,
          heroImage: true,
          publishedAt: true,
          contentUpdatedAt: true,
        },
      })
      return {
        posts: result.docs as News[],
        page,
        totalPages: result.totalPages,
        totalDocs: result.totalDocs,
      }
    },
    ['news-list', String(page)],
    { tags: [cacheTags.newsList, cacheTags.media] },
  )()
