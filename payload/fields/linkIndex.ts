import type { Field, FieldHook, PayloadRequest } from 'payload'

import { isStaff } from '@/payload/access/isStaff'
import { type LinkableCollection, linkedIds } from '@/payload/richText/references'

/** The hidden fields holding, per collection, the documents a rich-text field links to. */
export const LINK_INDEX_FIELDS: Record<LinkableCollection, string> = {
  careers: 'linksToCareers',
  news: 'linksToNews',
  sectors: 'linksToSectors',
}

// Shown only where Payload lists every field (the versions' comparison).
const LABELS: Record<LinkableCollection, string> = {
  careers: 'Liens vers des fiches métiers',
  news: 'Liens vers des actualités',
  sectors: 'Liens vers des secteurs',
}

// The linked documents that still exist, per tree: the three fields' hooks run side by side
// on the save's transaction, which takes one query at a time, so they share one lookup.
const existingLinks = new WeakMap<object, Promise<Record<LinkableCollection, number[]>>>()

const lookUp = async (tree: unknown, req: PayloadRequest): Promise<Record<LinkableCollection, number[]>> => {
  const ids = linkedIds(tree)
  const kept: Record<LinkableCollection, number[]> = { careers: [], news: [], sectors: [] }
  for (const collection of Object.keys(ids) as LinkableCollection[]) {
    if (!ids[collection].length) continue
    const { docs } = await req.payload.db.find<{ id: number }>({ collection, where: { id: { in: ids[collection] } }, limit: ids[collection].length, pagination: false, req })
    const existing = new Set(docs.map((doc) => doc.id))
    kept[collection] = ids[collection].filter((id) => existing.has(id))
  }
  return kept
}

// Derived on every save from the saved tree: whatever a client sends for it is replaced. Only
// documents that still exist are kept: the text may still name a deleted one (rendered as
// plain text), and the database refuses a relation to a row that is gone.
const fromContent =
  (collection: LinkableCollection, source: string): FieldHook =>
  async ({ siblingData, originalDoc, req }) => {
    const tree = source in siblingData ? siblingData[source] : (originalDoc as Record<string, unknown> | undefined)?.[source]
    if (!tree || typeof tree !== 'object') return []
    let links = existingLinks.get(tree)
    if (!links) existingLinks.set(tree, (links = lookUp(tree, req)))
    return (await links)[collection]
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
    label: LABELS[collection],
    type: 'relationship',
    relationTo: collection,
    hasMany: true,
    maxDepth: 0,
    access: { read: isStaff },
    admin: { hidden: true },
    hooks: { beforeChange: [fromContent(collection, source)] },
  }))
