import type { Payload } from 'payload'

/** A database with no career at all has never been seeded nor edited. */
export const hasNoContent = async (payload: Payload): Promise<boolean> =>
  (await payload.count({ collection: 'careers' })).totalDocs === 0
