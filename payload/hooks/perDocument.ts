import type { PayloadRequest } from 'payload'

const STORE = Symbol('reperes.perDocument')

/**
 * State a before-hook leaves for the after-hook of the same document. Keyed by document, not
 * by request alone: a bulk update or delete runs its documents in parallel on one request.
 * Kept on the request object itself rather than in a WeakMap keyed by it or in req.context:
 * a version restore hands its before-hooks a proxy of the request (same properties, another
 * identity), and nested operations may replace req.context on the way.
 */
export const perDocument = <V>(name: string) => {
  const store = (req: PayloadRequest) => {
    const holder = req as unknown as Record<symbol, Map<string, unknown> | undefined>
    return (holder[STORE] ??= new Map())
  }
  const key = (collection: string, id: number | string) => `${name}:${collection}:${id}`
  return {
    set: (req: PayloadRequest, collection: string, id: number | string, value: V) => {
      store(req).set(key(collection, id), value)
    },
    get: (req: PayloadRequest, collection: string, id: number | string): V | undefined => store(req).get(key(collection, id)) as V | undefined,
    /** The value, removed: a later save of the same document on this request starts afresh. */
    take: (req: PayloadRequest, collection: string, id: number | string): V | undefined => {
      const value = store(req).get(key(collection, id)) as V | undefined
      store(req).delete(key(collection, id))
      return value
    },
  }
}
