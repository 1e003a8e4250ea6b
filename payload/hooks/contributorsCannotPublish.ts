import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionSlug, Forbidden } from 'payload'

import { hasRole } from '@/payload/access/roles'

import { savesPublished } from './savesPublished'

/**
 * The rule behind draftsOrEditor, checked on the data actually saved: Payload turns any save
 * without `draft` into a publication, whatever the request said, and this hook sees that.
 */
export const contributorsCannotPublish: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const { user } = req
  if (user && !hasRole(user, 'editor', 'admin') && savesPublished(data, req, collection.slug, originalDoc?.id)) throw new Forbidden(req.t)
  return data
}

/**
 * Nor take a published page offline: a save without `draft` writes the main row, so a
 * contributor's `_status: "draft"` on a published document would unpublish it. Contributors
 * save drafts (the admin always asks for `draft` for them); anything else over a published
 * document, or over many at once, is refused.
 */
export const contributorsCannotUnpublish =
  <T extends CollectionSlug>(): CollectionBeforeOperationHook<T> =>
  async ({ args, collection, operation, req }) => {
    const { user } = req
    if (operation !== 'update' || !user || hasRole(user, 'editor', 'admin')) return args
    const { id, draft } = args as { id?: number | string; draft?: boolean }
    if (draft) return args
    if (id === undefined) throw new Forbidden(req.t)
    const row = await req.payload.db.findOne<{ id: number; _status?: string }>({ collection: collection.slug, where: { id: { equals: id } }, req })
    if (row?._status === 'published') throw new Forbidden(req.t)
    return args
  }
