import { isIP } from 'node:net'

/**
 * The address a request came from, for rate limits. `x-reperes-peer` is the TCP peer, set by
 * the server itself on every request whatever the client sent (patches/next+16.4.6.patch: Next
 * only sets X-Forwarded-For when the client did not). Behind reverse proxies listed in
 * TRUSTED_PROXIES (comma-separated addresses, e.g. docker-compose's nginx), the client is the
 * right-most X-Forwarded-For entry that is not one of them: each proxy appends the address it
 * saw, and entries further left are whatever the client wrote.
 */
export const clientAddress = (headers: Headers): string => {
  const peer = headers.get('x-reperes-peer') || 'unknown'
  const trusted = new Set(
    (process.env.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  if (!trusted.has(peer) && !trusted.has('*')) return peer
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => isIP(entry.replace(/^::ffff:/, '')))
  for (const entry of forwarded.reverse()) if (!trusted.has(entry)) return entry
  return peer
}
