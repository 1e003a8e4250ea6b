import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { hasRole } from '@/payload/access/roles'

import { assertRelatedExist } from './relatedExist'
import { assertWholeLists } from './wholeLists'

/** Set on `req.context` by the imports collection while it saves a spreadsheet's rows. */
export const SPREADSHEET_IMPORT = 'spreadsheetImport'

const isBlank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Whether a spreadsheet's row is saved as a draft (the rule of spreadsheetRowsAsDrafts, which
 * unchangedRows.ts follows to compare the row with what it would be saved over):
 * - a new document: always, whatever its `_status` column says, for editors to complete;
 * - a contributor's row: always, as a new draft version (the published page stays online);
 * - an editor's row marked `draft`: a new draft version, likewise;
 * - an editor's row without status: as the document stands (its main row's status), so a page
 *   that is online stays online, with the row's values, and a draft stays a draft.
 */
export const rowSavedAsDraft = (user: unknown, operation: 'create' | 'update', status: unknown, mainStatus: unknown): boolean =>
  operation === 'create' || !hasRole(user, 'editor', 'admin') || status === 'draft' || (isBlank(status) && mainStatus !== 'published')

/**
 * How a spreadsheet's row is saved: the import/export plugin calls create or update without
 * `draft`, which Payload takes as writing the main row. Without this, the `_status: draft` of a
 * sheet exported with its drafts would take the published page offline, and so would an
 * editor's row without status over a page with a draft waiting (Payload would copy the draft's
 * status). The sectors, careers and images a row links to must exist (relatedExist.ts).
 */
export const spreadsheetRowsAsDrafts =
  <T extends CollectionSlug>(): CollectionBeforeOperationHook<T> =>
  async ({ args, collection, operation, req }) => {
    if (!req.context[SPREADSHEET_IMPORT] || (operation !== 'create' && operation !== 'update')) return args
    const slug = collection.slug as CollectionSlug
    const saved = args as { id?: number | string; data?: Record<string, unknown>; draft?: boolean }
    if (saved.data) await assertRelatedExist(req, slug, saved.data)
    if (saved.data && operation === 'update' && saved.id !== undefined) await assertWholeLists(req, slug, saved.id, saved.data)
    const status = saved.data?._status
    const mainStatus =
      operation === 'update' && isBlank(status) && saved.id !== undefined
        ? (await req.payload.db.findOne<{ id: number; _status?: string }>({ collection: slug, where: { id: { equals: saved.id } }, req }))?._status
        : undefined
    if (rowSavedAsDraft(req.user, operation, status, mainStatus)) {
      saved.draft = true
      saved.data = { ...saved.data, _status: 'draft' }
    } else saved.data = { ...saved.data, _status: 'published' }
    return args
  }
