import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Career } from '../../../payload-types'
import { cacheTags } from '../../../payload/cacheTags'
import { revalidateTags } from '../../../payload/hooks/revalidateTags'

const tagsFor = (...docs: (Partial<Career> | undefined)[]) => [
  cacheTags.careerList,
  ...docs.flatMap((doc) => (doc?.slug ? [cacheTags.career(doc.slug)] : [])),
]

// A draft save changes nothing visitors see, unless it unpublishes the document.
export const revalidateCareer: CollectionAfterChangeHook<Career> = ({ doc, previousDoc }) => {
  if (doc._status === 'published' || previousDoc?._status === 'published')
    revalidateTags(tagsFor(doc, previousDoc))
  return doc
}

export const revalidateDeletedCareer: CollectionAfterDeleteHook<Career> = ({ doc }) => {
  revalidateTags(tagsFor(doc))
  return doc
}
