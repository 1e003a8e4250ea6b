import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Anyone with a role: may use the admin and upload images for their drafts. Collection and field access alike. */
export const isStaff = ({ req: { user } }: { req: Pick<PayloadRequest, 'user'> }): boolean => hasRole(user, 'admin', 'editor', 'contributor')
