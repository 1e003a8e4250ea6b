import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Create/update: editors always; contributors only when saving a draft. The admin asks this
 * with `_status: 'published'` to decide whether to show the publish button, so contributors
 * never see it; stampPublicationDates' companion hook enforces the rule on every path.
 */
export const draftsOrEditor: Access = ({ req: { user }, data }) =>
  hasRole(user, 'editor', 'admin') || (hasRole(user, 'contributor') && data?._status === 'draft')

/**
 * Create: as above, and contributors when the admin asks without data whether the collection
 * takes new documents (its "Créer" buttons): without this they were hidden from contributors,
 * who may write drafts. What is saved is still checked by contributorsCannotPublish.
 */
export const createDraftsOrEditor: Access = (args) =>
  draftsOrEditor(args) || (hasRole(args.req.user, 'contributor') && args.data === undefined)
