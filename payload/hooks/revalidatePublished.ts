import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { cacheTags } from '@/payload/cacheTags'
import { LINK_INDEX_FIELDS } from '@/payload/fields/linkIndex'
import type { LinkableCollection } from '@/payload/richText/references'

import { perDocument } from './perDocument'
import { revalidateTagsFor } from './revalidateTags'

type Tagged = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

/** The tags to expire for these documents (as they are now, and as they were). */
export type TagsFor<T> = (docs: T[], req: PayloadRequest) => Promise<string[]>

// The row visitors saw before a save (with drafts, Payload's `previousDoc` is the latest
// version, possibly an autosaved draft with another slug), and the tags computed before a
// delete (the pages naming a document are found through relations the delete removes).
const rowBefore = perDocument<Tagged>('row-before-change')
const tagsBeforeDelete = perDocument<string[]>('tags-before-delete')

/**
 * Hooks that expire the cache tags of a document when visitors can see the change: a publish,
 * an edit published at once, an unpublish, a delete (for a collection without drafts, every
 * save). A draft saved over a published document (autosave included) changes nothing visitors
 * see: Payload keeps the published row as it is, so the hook reads that row to tell the two
 * apart. A change of address (slug, publication, deletion) also expires the redirect look-ups.
 */
export const revalidatePublished = <T extends Tagged>(tagsFor: TagsFor<T>, { drafts = true } = {}) => ({
  beforeChange: (async ({ collection, data, operation, originalDoc, req }) => {
    if (operation === 'update' && originalDoc?.id) {
      const row = await req.payload.db.findOne<Tagged>({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })
      if (row) rowBefore.set(req, collection.slug, originalDoc.id, row)
    }
    return data
  }) as CollectionBeforeChangeHook,
  afterChange: (async ({ collection, doc, req }) => {
    const before = rowBefore.take(req, collection.slug, doc.id) as T | undefined
    const wasVisible = drafts ? before?._status === 'published' : Boolean(before)
    const isVisible = !drafts || doc._status === 'published'
    if (!isVisible && !wasVisible) return doc
    if (!isVisible) {
      const main = await req.payload.db.findOne<Tagged>({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
      if (main?._status === 'published') return doc // a draft over the published version
    }
    const tags = await tagsFor(before ? [doc, before] : [doc], req)
    const addressChanged = !before || before.slug !== doc.slug || wasVisible !== isVisible
    revalidateTagsFor(req, addressChanged ? [...tags, cacheTags.redirects] : tags)
    return doc
  }) as CollectionAfterChangeHook<T>,
  beforeDelete: (async ({ collection, id, req }) => {
    const doc = await req.payload.db.findOne<T>({ collection: collection.slug, where: { id: { equals: id } }, req })
    if (doc) tagsBeforeDelete.set(req, collection.slug, id, await tagsFor([doc], req))
  }) as CollectionBeforeDeleteHook,
  afterDelete: (async ({ collection, doc, req }) => {
    const before = tagsBeforeDelete.take(req, collection.slug, doc.id) ?? []
    revalidateTagsFor(req, [...before, ...(await tagsFor([doc], req)), cacheTags.redirects])
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
 */
export const linkingTags = async (req: PayloadRequest, target: LinkableCollection, ids: number[]): Promise<string[]> => {
  if (!ids.length) return []
  const where = { [LINK_INDEX_FIELDS[target]]: { in: ids } }
  // One after the other: both run on the hook's transaction, which takes one query at a time.
  const careers = await slugsWhere(req, 'careers', where)
  const news = await slugsWhere(req, 'news', where)
  return [
    ...careers.map(cacheTags.career),
    ...news.map(cacheTags.newsPost),
    ...(careers.length ? [cacheTags.careerFeeds] : []),
    ...(news.length ? [cacheTags.newsFeeds] : []),
  ]
}

/** The pages of the sectors these documents are (or were) filed in. */
export const sectorPageTags = async (req: PayloadRequest, docs: { sectors?: (number | { id: number } | null)[] | null }[]): Promise<string[]> => {
  const ids = [...new Set(docs.flatMap((doc) => (doc.sectors ?? []).flatMap((sector) => (sector == null ? [] : [typeof sector === 'number' ? sector : sector.id]))))]
  if (!ids.length) return []
  const { docs: sectors } = await req.payload.find({ collection: 'sectors', where: { id: { in: ids } }, depth: 0, pagination: false, select: { slug: true }, req })
  return sectors.flatMap((sector) => (sector.slug ? [cacheTags.sectorPage(sector.slug)] : []))
}
