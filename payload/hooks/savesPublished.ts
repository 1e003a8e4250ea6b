import type { PayloadRequest } from 'payload'

/**
 * Whether this save puts the data in front of visitors. A version restored as a draft carries
 * the restored version's status ("published") into the before-hooks, although Payload then
 * saves it as a draft only; the request's `draft` flag tells the two apart.
 */
export const savesPublished = (data: { _status?: unknown }, req: PayloadRequest): boolean =>
  data._status === 'published' && !(req.context.isRestoringVersion === true && ['true', true].includes((req.query as { draft?: unknown })?.draft as never))
