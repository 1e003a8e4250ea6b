import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { cacheTags } from '@/payload/cacheTags'
import { LINK_INDEX_FIELDS } from '@/payload/fields/linkIndex'
import type { LinkableCollection } from '@/payload/richText/references'

import { revalidateTags } from './revalidateTags'

type Tagged = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

/** The tags to expire for these documents (as they are now, and as they were). */
export type TagsFor<T> = (docs: T[], req: PayloadRequest) => Promise<string[]>

// Tags computed before a delete, by request. Not in req.context: Payload's nested operations
// (the find in tagsFor, the deletion of versions) may replace that object on the way.
const tagsBeforeDelete = new WeakMap<PayloadRequest, string[]>()

/**
 * Hooks that expire the cache tags of a drafts-enabled document when visitors can see the
 * change: a publish, an edit published at once, an unpublish, a delete. A draft saved over a
 * published document (autosave included) changes nothing visitors see: Payload keeps the
 * published row as it is, so the hook reads that row to tell the two apart.
 */
export const revalidatePublished = <T extends Tagged>(tagsFor: TagsFor<T>, { drafts = true } = {}) => ({
  afterChange: (async ({ collection, doc, previousDoc, req }) => {
    const wasPublished = previousDoc?._status === 'published'
    if (drafts && doc._status !== 'published' && !wasPublished) return doc
    if (drafts && doc._status !== 'published') {
      const main = await req.payload.db.findOne<Tagged>({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
      if (main?._status === 'published') return doc // a draft over the published version
    }
    // On create, previousDoc is an empty object.
    revalidateTags(await tagsFor(previousDoc?.id ? [doc, previousDoc] : [doc], req))
    return doc
  }) as CollectionAfterChangeHook<T>,
  // The pages naming a document are found through its relations, which the delete removes:
  // they are listed before, and expired after.
  beforeDelete: (async ({ collection, id, req }) => {
    const doc = await req.payload.db.findOne<T>({ collection: collection.slug, where: { id: { equals: id } }, req })
    if (doc) tagsBeforeDelete.set(req, await tagsFor([doc], req))
  }) as CollectionBeforeDeleteHook,
  afterDelete: (async ({ doc, req }) => {
    revalidateTags([...(tagsBeforeDelete.get(req) ?? []), ...(await tagsFor([doc], req))])
    tagsBeforeDelete.delete(req)
    return doc
  }) as CollectionAfterDeleteHook<T>,
})

/** Slugs of the published documents of `collection` matching `where`, read inside the hook's transaction. */
export const slugsWhere = async (
  req: PayloadRequest,
  collection: 'careers' | 'news',
  where: Where,
  options: { sort?: string; limit?: number } = {},
): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection,
    // Visitors' pages only show published documents: only those can be stale.
    where: { and: [where, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    limit: options.limit ?? 0,
    sort: options.sort,
    select: { slug: true },
    req,
  })
  return docs.flatMap((doc) => (doc.slug ? [doc.slug] : []))
}

/**
 * The pages and feeds whose rich text links to these documents (the reverse index of links):
 * their links and cards show the target's address and title, which may just have changed.
 * Redirect look-ups resolve to a document's current address, so they expire too.
 */
export const linkingTags = async (req: PayloadRequest, target: LinkableCollection, ids: number[]): Promise<string[]> => {
  if (!ids.length) return [cacheTags.redirects]
  const where = { [LINK_INDEX_FIELDS[target]]: { in: ids } }
  // One after the other: both run on the hook's transaction, which takes one query at a time.
  const careers = await slugsWhere(req, 'careers', where)
  const news = await slugsWhere(req, 'news', where)
  return [
    cacheTags.redirects,
    ...careers.map(cacheTags.career),
    ...news.map(cacheTags.newsPost),
    ...(careers.length ? [cacheTags.careerFeeds] : []),
    ...(news.length ? [cacheTags.newsFeeds] : []),
  ]
}
