import type { SignedLink } from './tokens'

/** A signed link's parameters (`id`, `expire`, `jeton`) from a query string or a form; null when malformed. */
export const readSignedLink = (get: (name: string) => unknown): SignedLink | null => {
  const id = Number(get('id'))
  const expires = get('expire') === null || get('expire') === undefined || get('expire') === '' ? undefined : Number(get('expire'))
  const token = get('jeton')
  if (!Number.isSafeInteger(id) || id <= 0 || typeof token !== 'string' || !/^[\w-]{20,100}$/.test(token)) return null
  if (expires !== undefined && !Number.isSafeInteger(expires)) return null
  return { id, token, expires }
}
