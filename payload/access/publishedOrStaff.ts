import type { Access } from 'payload'

import { hasRole } from './roles'

/** Visitors see published documents only; staff (contributors included) see drafts too. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'editor', 'admin', 'contributor') || { _status: { equals: 'published' } }
