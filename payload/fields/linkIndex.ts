import type { Field, FieldHook } from 'payload'

import { isStaffField } from '@/payload/access/isStaff'
import { type LinkableCollection, linkedIds } from '@/payload/richText/references'

/** The hidden fields holding, per collection, the documents a rich-text field links to. */
export const LINK_INDEX_FIELDS: Record<LinkableCollection, string> = {
  careers: 'linksToCareers',
  news: 'linksToNews',
  sectors: 'linksToSectors',
}

// Derived on every save from the saved tree: whatever a client sends for it is replaced.
const fromContent =
  (collection: LinkableCollection, source: string): FieldHook =>
  ({ siblingData, originalDoc }) => {
    const tree = source in siblingData ? siblingData[source] : (originalDoc as Record<string, unknown> | undefined)?.[source]
    return linkedIds(tree)[collection]
  }

/**
 * A reverse index of links: which documents the rich text of `source` links to (internal
 * links and relationship cards). Filled on every save and by migration 20261130_034933_link_index_and_redirects for
 * content saved before; the revalidation hooks read it to expire exactly the pages and feeds
 * that link to a renamed, unpublished or deleted document. Staff only: a visitor must not
 * learn the ids of unpublished targets.
 */
export const linkIndexFields = (source = 'content'): Field[] =>
  (Object.entries(LINK_INDEX_FIELDS) as [LinkableCollection, string][]).map(([collection, name]) => ({
    name,
    type: 'relationship',
    relationTo: collection,
    hasMany: true,
    maxDepth: 0,
    access: { read: isStaffField },
    admin: { hidden: true },
    hooks: { beforeChange: [fromContent(collection, source)] },
  }))
