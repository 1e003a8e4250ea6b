import { revalidateTag } from 'next/cache'
import { after } from 'next/server'

import { proxyPaths } from '@/payload/proxy/proxyPaths'
import { refreshProxy } from '@/payload/proxy/refreshProxy'

const expire = (tags: Set<string>) => {
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
}

/**
 * Expires cache tags at once (not stale-while-revalidate: the next visitor must see the edit),
 * and again once the response is sent: collection hooks run before Payload commits the save,
 * so a visitor arriving in between renders the old rows and would cache them under the tags
 * just expired. Then, committed and expired, has the reverse proxy (when there is one) fetch
 * the main pages behind them again. Outside the Next server (seed script, tests, CLI) there is
 * no Next cache to expire, and revalidateTag would throw for want of a request context.
 */
export const revalidateTags = (tags: Iterable<string>): void => {
  if (!process.env.NEXT_RUNTIME) return
  const unique = new Set(tags)
  expire(unique)
  after(async () => {
    expire(unique)
    await refreshProxy(proxyPaths(unique))
  })
}
