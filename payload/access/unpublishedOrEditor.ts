import type { Access } from 'payload'

import { hasRole } from './roles'

/** Delete: editors anything; contributors only documents that were never published. */
export const unpublishedOrEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'editor', 'admin')) return true
  if (hasRole(user, 'contributor')) return { _status: { not_equals: 'published' } }
  return false
}
