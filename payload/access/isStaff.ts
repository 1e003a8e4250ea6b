import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Anyone with a role: may use the admin and upload images for their drafts. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'contributor')

export const isStaffField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'contributor')
