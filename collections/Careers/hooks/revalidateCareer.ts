import type { Career } from '@/payload-types'
import { cacheTags } from '@/payload/cacheTags'
import { linkingTags, revalidatePublished, sectorPageTags, slugsWhere, type TagsFor } from '@/payload/hooks/revalidatePublished'

/**
 * A career sheet's change reaches: its own page (old and new slug), every list of careers
 * (lists, home, sector pages, feeds, sitemap, search), and the pages that name it: careers and
 * news posts listing it among their related careers or linking to it in their text (and the
 * feeds carrying those). Other career and news pages stay cached.
 */
export const careerTags: TagsFor<Career> = async (docs, req) => {
  const ids = [...new Set(docs.map((doc) => doc.id))]
  const where = { relatedCareers: { in: ids } }
  // One after the other: both run on the hook's transaction, which takes one query at a time.
  const careers = await slugsWhere(req, 'careers', where)
  const news = await slugsWhere(req, 'news', where)
  return [
    cacheTags.careerList,
    ...docs.flatMap((doc) => (doc.slug ? [cacheTags.career(doc.slug)] : [])),
    ...careers.map(cacheTags.career),
    ...news.map(cacheTags.newsPost),
    ...(await sectorPageTags(req, docs)),
    ...(await linkingTags(req, 'careers', ids)),
  ]
}

export const revalidateCareer = revalidatePublished(careerTags)
