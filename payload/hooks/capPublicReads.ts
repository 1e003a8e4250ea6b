import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

// The most a visitor may ask the REST or GraphQL API for in one request.
export const PUBLIC_PAGE_SIZE = 100

/**
 * Payload reads `limit=0` and `pagination=false` as "every document": on 20 000 posts at depth
 * 2 that is enough to exhaust a server's bounded heap, and any visitor could ask for it again
 * and again. Anonymous API reads get at most PUBLIC_PAGE_SIZE, paginated. The site's own
 * Local API queries (sitemap, feeds) and signed-in staff are not capped.
 */
export const capPublicReads =
  <T extends CollectionSlug>(): CollectionBeforeOperationHook<T> =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || req.user || req.payloadAPI === 'local') return args
    const read = args as { limit?: number; pagination?: boolean }
    const limit = Number(read.limit)
    read.limit = limit > 0 && limit <= PUBLIC_PAGE_SIZE ? limit : PUBLIC_PAGE_SIZE
    read.pagination = true
    return args
  }
