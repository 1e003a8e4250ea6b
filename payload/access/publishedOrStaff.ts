import type { Access } from 'payload'

import { hasRole } from './roles'

/** Visitors see published documents only; staff see drafts too. */
export const publishedOrEditor: Access = ({ req: { user } }) =>
  hasRole(user, 'editor', 'admin') || { _status: { equals: 'published' } }
