import type { Field, FieldHook } from 'payload'

import { isStaff } from '@/payload/access/isStaff'
import { type LinkableCollection, linkedIds } from '@/payload/richText/references'

/** The hidden fields holding, per collection, the documents a rich-text field links to. */
export const LINK_INDEX_FIELDS: Record<LinkableCollection, string> = {
  careers: 'linksToCareers',
  news: 'linksToNews',
  sectors: 'linksToSectors',
}

// Derived on every save from the saved tree: whatever a client sends for it is replaced. Only
// documents that still exist are kept: the text may still name a deleted one (rendered as
// plain text), and the database refuses a relation to a row that is gone.
const fromContent =
  (collection: LinkableCollection, source: string): FieldHook =>
  async ({ siblingData, originalDoc, req }) => {
    const tree = source in siblingData ? siblingData[source] : (originalDoc as Record<string, unknown> | undefined)?.[source]
    const ids = linkedIds(tree)[collection]
    if (!ids.length) return []
    const { docs } = await req.payload.db.find<{ id: number }>({ collection, where: { id: { in: ids } }, limit: ids.length, pagination: false, req })
    const existing = new Set(docs.map((doc) => doc.id))
    return ids.filter((id) => existing.has(id))
  }

/**
 * A reverse index of links: which documents the rich text of `source` links to (internal
 * links and relationship cards). Filled on every save and by migration 20261130_034933_link_index_and_redirects for
 * content saved before; the revalidation hooks read it to expire exactly the pages and feeds
 * that link to a renamed, unpublished or deleted document. An internal index: staff may read
 * it, visitors have no use for it.
 */
export const linkIndexFields = (source = 'content'): Field[] =>
  (Object.entries(LINK_INDEX_FIELDS) as [LinkableCollection, string][]).map(([collection, name]) => ({
    name,
    type: 'relationship',
    relationTo: collection,
    hasMany: true,
    maxDepth: 0,
    access: { read: isStaff },
    admin: { hidden: true },
    hooks: { beforeChange: [fromContent(collection, source)] },
  }))
