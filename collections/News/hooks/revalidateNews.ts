import type { News } from '../../../payload-types'
import { cacheTags } from '../../../payload/cacheTags'
import { revalidatePublished } from '../../../payload/hooks/revalidatePublished'

export const revalidateNews = revalidatePublished<News>((...docs) => [
  cacheTags.newsList,
  ...docs.flatMap((doc) => (doc?.slug ? [cacheTags.newsPost(doc.slug)] : [])),
])
