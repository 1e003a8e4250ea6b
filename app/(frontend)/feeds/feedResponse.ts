import { FEED_CONTENT_TYPES, type FeedFormat } from '@/payload/feeds/buildFeeds'
import type { RenderedFeed } from '@/payload/feeds/renderFeed'

// Readers may keep a copy a minute and proxies five; conditional requests make refreshes cheap.
const CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600'

const matchesEtag = (header: string, etag: string) =>
  header.trim() === '*' || header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)

/** The feed with its validators, or 304 when the reader's copy is current (RFC 9110 §13). */
export const feedResponse = (request: Request, format: FeedFormat, feed: RenderedFeed): Response => {
  const headers = {
    'Content-Type': FEED_CONTENT_TYPES[format],
    ETag: feed.etag,
    'Last-Modified': feed.lastModified,
    'Cache-Control': CACHE_CONTROL,
  }
  const ifNoneMatch = request.headers.get('if-none-match')
  const ifModifiedSince = request.headers.get('if-modified-since')
  // If-None-Match wins when both are sent; If-Modified-Since is compared at 1 s precision.
  const notModified = ifNoneMatch
    ? matchesEtag(ifNoneMatch, feed.etag)
    : Boolean(ifModifiedSince) && Date.parse(ifModifiedSince!) >= Date.parse(feed.lastModified)
  if (notModified) return new Response(null, { status: 304, headers })
  return new Response(feed.body, { status: 200, headers })
}
