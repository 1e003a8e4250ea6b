import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { hasRole } from '@/payload/access/roles'

import { assertRelatedExist } from './relatedExist'

/** Set on `req.context` by the imports collection while it saves a spreadsheet's rows. */
export const SPREADSHEET_IMPORT = 'spreadsheetImport'

/**
 * How a spreadsheet's row is saved (the import/export plugin calls create or update without
 * `draft`, which Payload takes as a publication):
 * - a new document is a draft, whatever its `_status` column says, for editors to complete;
 * - a row marked `draft`, or any row of a contributor, is saved as a new draft version: the
 *   published page stays online. Without this, the `_status: draft` of a sheet exported with
 *   its drafts would write the main row and take the published page offline.
 * Editors' rows marked `published` (or without status) are published, as their saves are.
 * The sectors, careers and images a row links to must exist (relatedExist.ts).
 */
export const spreadsheetRowsAsDrafts =
  <T extends CollectionSlug>(): CollectionBeforeOperationHook<T> =>
  async ({ args, collection, operation, req }) => {
    if (!req.context[SPREADSHEET_IMPORT]) return args
    const saved = args as { data?: Record<string, unknown>; draft?: boolean }
    if (saved.data) await assertRelatedExist(req, collection.slug as CollectionSlug, saved.data)
    const asDraft =
      operation === 'create' ||
      (operation === 'update' && (saved.data?._status === 'draft' || !hasRole(req.user, 'editor', 'admin')))
    if (!asDraft) return args
    saved.draft = true
    saved.data = { ...saved.data, _status: 'draft' }
    return args
  }
