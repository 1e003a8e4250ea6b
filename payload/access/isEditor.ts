import type { Access } from 'payload'

import { hasRole } from './roles'

/** Editors and admins write content; admins keep every editor right. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'editor', 'admin')
