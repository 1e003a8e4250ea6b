import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from './revalidateTags'

type Tagged = { slug?: string | null; _status?: 'draft' | 'published' | null }

/**
 * afterChange / afterDelete hooks that expire the tags of a drafts-enabled document. A draft
 * save changes nothing visitors see, so it expires nothing unless it unpublishes the document;
 * a renamed slug expires both the old and the new address.
 */
export const revalidatePublished = <T extends Tagged>(tagsFor: (...docs: (T | undefined)[]) => string[]) => ({
  afterChange: (({ doc, previousDoc }) => {
    if (doc._status === 'published' || previousDoc?._status === 'published') revalidateTags(tagsFor(doc, previousDoc))
    return doc
  }) as CollectionAfterChangeHook<T & { id: number }>,
  afterDelete: (({ doc }) => {
    revalidateTags(tagsFor(doc))
    return doc
  }) as CollectionAfterDeleteHook<T & { id: number }>,
})
