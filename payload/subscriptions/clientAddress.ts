import { BlockList, isIP } from 'node:net'

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges (`10.0.0.2`, `172.16.0.0/12`, `fd00::/8`). */
const trustedProxies = (): BlockList => {
  const list = new BlockList()
  for (const entry of (process.env.TRUSTED_PROXIES ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address = '', prefix] = entry.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (!isIP(address)) continue
    if (prefix === undefined) list.addAddress(address, family)
    else list.addSubnet(address, Number(prefix), family)
  }
  return list
}

const isTrusted = (list: BlockList, address: string) => {
  const plain = address.replace(/^::ffff:/, '')
  const family = isIP(plain)
  return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4')
}

/**
 * The address a request came from, for rate limits. `x-reperes-peer` is the TCP peer, set by
 * the server itself on every request whatever the client sent (patches/next+16.4.6.patch: Next
 * only sets X-Forwarded-For when the client did not). When that peer is a reverse proxy listed
 * in TRUSTED_PROXIES (docker-compose's nginx), the client is the right-most X-Forwarded-For
 * entry that is not a trusted proxy: each proxy appends the address it saw, and entries further
 * left are whatever the client wrote.
 */
export const clientAddress = (headers: Headers): string => {
  const peer = headers.get('x-reperes-peer') || 'unknown'
  const trusted = trustedProxies()
  if (!isTrusted(trusted, peer)) return peer
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => isIP(entry.replace(/^::ffff:/, '')))
  for (const entry of forwarded.reverse()) if (!isTrusted(trusted, entry)) return entry
  return peer
}
