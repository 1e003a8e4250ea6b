import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { hasRole } from '@/payload/access/roles'

import { savesPublished } from './savesPublished'

/**
 * The rule behind draftsOrEditor, checked on the data actually saved: Payload turns any save
 * without `draft` into a publication, whatever the request said, and this hook sees that.
 */
export const contributorsCannotPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  const { user } = req
  if (user && !hasRole(user, 'editor', 'admin') && savesPublished(data, req)) throw new Forbidden(req.t)
  return data
}
