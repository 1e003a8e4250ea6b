import { revalidateTag } from 'next/cache'

import { proxyPaths } from '@/payload/proxy/proxyPaths'
import { refreshProxy } from '@/payload/proxy/refreshProxy'

/**
 * Expires cache tags at once (not stale-while-revalidate: the next visitor must see the edit),
 * then has the reverse proxy, when there is one, fetch the main pages behind them again.
 * Outside the Next server (seed script, tests, CLI) there is no Next cache to expire, and
 * revalidateTag would throw for want of a request context, so nothing is done there.
 */
export const revalidateTags = (tags: Iterable<string>): void => {
  if (!process.env.NEXT_RUNTIME) return
  const unique = new Set(tags)
  for (const tag of unique) revalidateTag(tag, { expire: 0 })
  refreshProxy(proxyPaths(unique))
}
