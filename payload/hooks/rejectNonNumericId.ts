import { type CollectionBeforeOperationHook, type CollectionSlug, NotFound } from 'payload'

/**
 * Document ids are integers in PostgreSQL; `/api/news/abc` would otherwise reach the database
 * as a malformed integer and come back as a 500. No such document: a 404, before any query.
 */
export const rejectNonNumericId =
  <T extends CollectionSlug>(): CollectionBeforeOperationHook<T> =>
  ({ args, req }) => {
    const id = (args as { id?: unknown }).id
    if (id !== undefined && id !== null && !/^\d{1,15}$/.test(String(id))) throw new NotFound(req.t)
    return args
  }
