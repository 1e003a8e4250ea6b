import { type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { hasRole } from '@/payload/access/roles'

/**
 * The rule behind draftsOrEditor, checked on the data actually saved: Payload turns any save
 * without `draft` into a publication, whatever the request said, and this hook sees that.
 */
export const contributorsCannotPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  const { user } = req
  if (user && !hasRole(user, 'editor', 'admin') && data._status === 'published') throw new Forbidden(req.t)
  return data
}
