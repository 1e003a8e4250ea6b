import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { LinkableCollection } from '@/payload/richText/references'
import { routes } from '@/payload/routes'

import { savesPublished } from './savesPublished'

type Addressed = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

/** Points `from` at the document, replacing whatever it pointed at. */
const redirect = async (req: PayloadRequest, from: string, collection: LinkableCollection, id: number) => {
  const to = { type: 'reference' as const, reference: { relationTo: collection, value: id } }
  const { docs } = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, req })
  if (docs[0]) await req.payload.update({ collection: 'redirects', id: docs[0].id, data: { to }, req })
  else await req.payload.create({ collection: 'redirects', data: { from, to }, req })
}

/**
 * Old addresses keep working. When a document is published at another address than the one it
 * was last published at (a rename, even one made while it was offline), a redirect from its
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
    if (drafts && !savesPublished(data, req, collection, originalDoc?.id)) return data
    const slug = typeof data.slug === 'string' && data.slug ? data.slug : (originalDoc?.slug as string | undefined)
    if (!slug) return data
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: pathOf(slug) } }, req, overrideAccess: true })
    if (operation !== 'update' || !originalDoc?.id) return data
    const known = await lastPublishedSlug(req, originalDoc.id as number)
    if (known && known !== slug) await redirect(req, pathOf(known), collection, originalDoc.id as number)
    return data
  }

  // The address visitors and search engines last knew: the last published version's (not
  // originalDoc's, which may be a later draft; not the main row's, which an unpublish leaves
  // behind as a draft before a rename and a new publication).
  const lastPublishedSlug = async (req: PayloadRequest, id: number): Promise<string | null | undefined> => {
    if (!drafts) return (await req.payload.db.findOne<Addressed>({ collection, where: { id: { equals: id } }, req }))?.slug
    const { docs } = await req.payload.db.findVersions<Addressed>({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      req,
    })
    return docs[0]?.version?.slug
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
