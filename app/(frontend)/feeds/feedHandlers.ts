import { notFound } from 'next/navigation'

import type { FeedFormat } from '@/payload/feeds/buildFeeds'
import { type FeedScope, renderFeed } from '@/payload/feeds/renderFeed'
import { getSector, redirectFor } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { feedResponse } from './feedResponse'

type SectorContext = { params: Promise<{ slug: string }> }

/** GET handler for the news or careers feed in one format. */
export const feedHandler = (kind: 'news' | 'careers', format: FeedFormat) => async (request: Request) =>
  feedResponse(request, format, await renderFeed({ kind } satisfies FeedScope, format))

/**
 * GET handler for a sector's news feed. A renamed sector's old feed address answers 308 to the
 * new one (readers keep the address they subscribed to); an unknown sector is a 404.
 */
export const sectorFeedHandler = (format: FeedFormat) => async (request: Request, { params }: SectorContext) => {
  const { slug } = await params
  const sector = await getSector(slug)
  if (sector) return feedResponse(request, format, await renderFeed({ kind: 'sector', sector }, format))
  const moved = await redirectFor(routes.sector(slug))
  if (moved?.document?.kind === 'sectors')
    return new Response(null, { status: 308, headers: { Location: routes.feed({ sector: moved.document.slug }, format) } })
  notFound()
}
