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

/**
 * As revalidateTags, unless the request collects its tags for one expiry at the end
 * (`req.context.deferredTags`, a Set): a bulk import saving a thousand careers expires the
 * career list once, not a thousand times (payload/onisep/importCareers.ts).
 */
export const revalidateTagsFor = (req: { context: Record<string, unknown> }, tags: Iterable<string>): void => {
  const deferred = req.context.deferredTags
  if (deferred instanceof Set) for (const tag of tags) deferred.add(tag)
  else revalidateTags(tags)
}
