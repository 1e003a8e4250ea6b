import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import type { LinkableCollection } from '@/payload/richText/references'
import { routes } from '@/payload/routes'

type Addressed = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

// Old addresses found before a save, by request (as for the tags computed before a delete).
const renamedFrom = new WeakMap<PayloadRequest, string>()

const visible = (doc: Addressed | null | undefined, drafts: boolean) => Boolean(doc?.slug) && (!drafts || doc?._status === 'published')

/**
 * Old addresses keep working. When a published document's slug changes, a redirect from its
 * old address to the document itself (by id: after a second rename the first address still
 * leads to the current one, no chain) is recorded in the redirects collection; a page looks it
 * up before answering 404 (payload/queries.ts, redirectFor). A document published at an
 * address removes the redirect from it, so a redirect never shadows a newer page.
 */
export const recordRenames = (collection: LinkableCollection) => {
  const drafts = collection !== 'sectors'
  const pathOf = (slug: string) => routes.ofCollection(collection, slug)

  const beforeChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
    if (operation !== 'update' || !originalDoc?.id || (drafts && data._status !== 'published')) return data
    // The address visitors know is the published row's: originalDoc may be a later draft.
    const main = await req.payload.db.findOne<Addressed>({ collection, where: { id: { equals: originalDoc.id } }, req })
    const slug = typeof data.slug === 'string' ? data.slug : main?.slug
    if (main?.slug && visible(main, drafts) && slug && slug !== main.slug) renamedFrom.set(req, pathOf(main.slug))
    return data
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    const from = renamedFrom.get(req)
    renamedFrom.delete(req)
    if (!visible(doc, drafts)) return doc
    const here = pathOf(doc.slug)
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: here } }, req, overrideAccess: true })
    if (from && from !== here) {
      const to = { type: 'reference' as const, reference: { relationTo: collection, value: doc.id } }
      const existing = await req.payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, req })
      if (existing.docs[0]) await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data: { to }, req })
      else await req.payload.create({ collection: 'redirects', data: { from, to }, req })
    }
    return doc
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

  return { beforeChange, afterChange, beforeDelete }
}
