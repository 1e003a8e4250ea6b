import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { revalidateTags } from './revalidateTags'

type Tagged = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

/** The document as it is now and as it was before (absent on create and delete). */
export type TagsFor<T> = (docs: T[], req: PayloadRequest) => Promise<string[]>

/**
 * afterChange / afterDelete hooks that expire the tags of a drafts-enabled document. A draft
 * save changes nothing visitors see, so it expires nothing unless it unpublishes the document;
 * a renamed slug expires both the old and the new address.
 */
export const revalidatePublished = <T extends Tagged>(tagsFor: TagsFor<T>) => ({
  afterChange: (async ({ doc, previousDoc, req }) => {
    if (doc._status === 'published' || previousDoc?._status === 'published')
      // On create, previousDoc is an empty object.
      revalidateTags(await tagsFor(previousDoc?.id ? [doc, previousDoc] : [doc], req))
    return doc
  }) as CollectionAfterChangeHook<T>,
  afterDelete: (async ({ doc, req }) => {
    revalidateTags(await tagsFor([doc], req))
    return doc
  }) as CollectionAfterDeleteHook<T>,
})

/** Slugs of the documents of `collection` matching `where`, read inside the hook's transaction. */
export const slugsWhere = async (
  req: PayloadRequest,
  collection: 'careers' | 'news',
  where: Parameters<PayloadRequest['payload']['find']>[0]['where'],
  options: { sort?: string; limit?: number } = {},
): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    limit: options.limit ?? 0,
    sort: options.sort,
    select: { slug: true },
    req,
  })
  return docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
}
