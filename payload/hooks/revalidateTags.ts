import { revalidateTag } from 'next/cache'

/**
 * Expires cache tags at once (not stale-while-revalidate: the next visitor must see the edit).
 * Outside the Next server (seed script, tests, CLI) there is no Next cache to expire, and
 * revalidateTag would throw for want of a request context, so nothing is done there.
 */
export const revalidateTags = (tags: Iterable<string>): void => {
  if (!process.env.NEXT_RUNTIME) return
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
}
