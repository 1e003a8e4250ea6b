import type { SignedLink } from './tokens'

/** PostgreSQL's integer: a larger id would make the database refuse the query (a 500). */
const MAX_ID = 2_147_483_647

/** A signed link's parameters (`id`, `expire`, `jeton`) from a query string or a form; null when malformed. */
export const readSignedLink = (get: (name: string) => unknown): SignedLink | null => {
  const [rawId, rawExpire, token] = [get('id'), get('expire'), get('jeton')]
  if (typeof rawId !== 'string' || !/^[1-9]\d{0,9}$/.test(rawId) || Number(rawId) > MAX_ID) return null
  if (typeof token !== 'string' || !/^[\w-]{20,100}$/.test(token)) return null
  if (rawExpire === null || rawExpire === undefined || rawExpire === '') return { id: Number(rawId), token }
  if (typeof rawExpire !== 'string' || !/^\d{1,12}$/.test(rawExpire)) return null
  return { id: Number(rawId), token, expires: Number(rawExpire) }
}
