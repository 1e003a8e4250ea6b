import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { News } from '../../../payload-types'
import { cacheTags } from '../../../payload/cacheTags'
import { revalidateTags } from '../../../payload/hooks/revalidateTags'

const tagsFor = (...docs: (Partial<News> | undefined)[]) => [
  cacheTags.newsList,
  ...docs.flatMap((doc) => (doc?.slug ? [cacheTags.newsPost(doc.slug)] : [])),
]

// A draft save changes nothing visitors see, unless it unpublishes the post.
export const revalidateNews: CollectionAfterChangeHook<News> = ({ doc, previousDoc }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published')
    revalidateTags(tagsFor(doc, previousDoc))
  return doc
}

export const revalidateDeletedNews: CollectionAfterDeleteHook<News> = ({ doc }) => {
  revalidateTags(tagsFor(doc))
  return doc
}
