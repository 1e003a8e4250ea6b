import { BlockList, isIP } from 'node:net'

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4')

/**
 * TRUSTED_PROXIES, read once: comma-separated addresses or CIDR ranges (`10.0.0.2`,
 * `172.16.0.0/12`, `fd00::/8`). An entry that is neither is said on the console and ignored,
 * rather than making every sign-up fail.
 */
const trustedProxies = (() => {
  let cached: { raw: string; list: BlockList } | null = null
  return (): BlockList => {
    const raw = process.env.TRUSTED_PROXIES ?? ''
    if (cached?.raw === raw) return cached.list
    const list = new BlockList()
    for (const entry of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
      const [address = '', prefix, extra] = entry.split('/')
      const bits = Number(prefix)
      const valid = isIP(address) && extra === undefined && (prefix === undefined || (/^\d+$/.test(prefix) && bits <= (isIP(address) === 6 ? 128 : 32)))
      if (!valid) {
        console.error(`TRUSTED_PROXIES : « ${entry} » n’est ni une adresse IP ni une plage CIDR ; ignoré.`)
        continue
      }
      if (prefix === undefined) list.addAddress(address, family(address))
      else list.addSubnet(address, bits, family(address))
    }
    cached = { raw, list }
    return list
  }
})()

const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.)/, '')

const isTrusted = (list: BlockList, address: string) => isIP(plain(address)) !== 0 && list.check(plain(address), family(plain(address)))

/** IPv6 clients get a /64 each (one household, one phone): counting each address would let them rotate. */
const rateLimitKey = (address: string) => {
  const bare = plain(address)
  if (isIP(bare) !== 6) return bare
  const groups = bare.split('::')
  const head = groups[0] ? groups[0].split(':') : []
  const tail = groups[1] !== undefined && groups[1] ? groups[1].split(':') : []
  const full = groups.length === 2 ? [...head, ...Array(8 - head.length - tail.length).fill('0'), ...tail] : head
  return `${full.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '').toLowerCase()).join(':')}::/64`
}

let warnedUnknown = false

/**
 * The client a request comes from, as a rate-limit key. `x-reperes-peer` is the TCP peer, set
 * by the server itself on every request whatever the client sent (patches/next+16.4.6.patch:
 * Next only sets X-Forwarded-For when the client did not). When that peer is a reverse proxy
 * listed in TRUSTED_PROXIES (docker-compose's nginx), the client is the right-most
 * X-Forwarded-For entry that is not a trusted proxy: each proxy appends the address it saw, and
 * entries further left are whatever the client wrote. IPv6 addresses count by /64.
 */
export const clientAddress = (headers: Headers): string => {
  const peer = headers.get('x-reperes-peer')
  if (!peer) {
    if (!warnedUnknown) console.error('Limite d’inscriptions : adresse du client inconnue (en-tête x-reperes-peer absent, patch de Next non appliqué ?) ; toutes les demandes comptent ensemble.')
    warnedUnknown = true
    return 'unknown'
  }
  const trusted = trustedProxies()
  if (!isTrusted(trusted, peer)) return rateLimitKey(peer)
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => isIP(plain(entry)))
  for (const entry of forwarded.reverse()) if (!isTrusted(trusted, entry)) return rateLimitKey(entry)
  return rateLimitKey(peer)
}
