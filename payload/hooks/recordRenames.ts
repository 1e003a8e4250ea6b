import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { LinkableCollection } from '@/payload/richText/references'
import { routes } from '@/payload/routes'

type Addressed = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

/** Points `from` at the document, replacing whatever it pointed at. */
const redirect = async (req: PayloadRequest, from: string, collection: LinkableCollection, id: number) => {
  const to = { type: 'reference' as const, reference: { relationTo: collection, value: id } }
  const { docs } = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, req })
  if (docs[0]) await req.payload.update({ collection: 'redirects', id: docs[0].id, data: { to }, req })
  else await req.payload.create({ collection: 'redirects', data: { from, to }, req })
}

/**
 * Old addresses keep working. When a published document's slug changes, a redirect from its
 * old address to the document itself (by id: after a second rename the first address still
 * leads to the current one, no chain) is recorded in the redirects collection; a page looks it
 * up before answering 404 (payload/queries.ts, redirectFor). A document published at an
 * address removes the redirect from it, so a redirect never shadows a newer page.
 * All of it happens before the save, inside its transaction: a save that fails records nothing,
 * and no state has to wait for the after-hooks (which a bulk update runs in parallel).
 */
export const recordRenames = (collection: LinkableCollection) => {
  const drafts = collection !== 'sectors'
  const pathOf = (slug: string) => routes.ofCollection(collection, slug)

  const beforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
    if (drafts && data._status !== 'published') return data
    const slug = typeof data.slug === 'string' && data.slug ? data.slug : (originalDoc?.slug as string | undefined)
    if (!slug) return data
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: pathOf(slug) } }, req, overrideAccess: true })
    if (operation !== 'update' || !originalDoc?.id) return data
    // The address visitors know is the published row's: originalDoc may be a later draft.
    const row = await req.payload.db.findOne<Addressed>({ collection, where: { id: { equals: originalDoc.id } }, req })
    const wasVisible = Boolean(row?.slug) && (!drafts || row?._status === 'published')
    if (wasVisible && row!.slug !== slug) await redirect(req, pathOf(row!.slug!), collection, originalDoc.id as number)
    return data
  }

  // A deleted document's old addresses have nowhere to lead.
  const beforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
    await req.payload.delete({
      collection: 'redirects',
      where: { and: [{ 'to.reference.relationTo': { equals: collection } }, { 'to.reference.value': { equals: id } }] },
      req,
      overrideAccess: true,
    })
  }

  return { beforeChange, beforeDelete }
}
