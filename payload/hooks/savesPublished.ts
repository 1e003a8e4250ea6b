import type { PayloadRequest } from 'payload'

import { restoreOf } from './restores'

/**
 * Whether this save puts the data in front of visitors. A version restored as a draft carries
 * the restored version's status ("published") into the before-hooks, although Payload then
 * saves it as a draft only.
 */
export const savesPublished = (data: { _status?: unknown }, req: PayloadRequest, collection: string, id: number | string | undefined): boolean =>
  data._status === 'published' && restoreOf(req, collection, id)?.asDraft !== true
