import { notFound } from 'next/navigation'

import type { FeedFormat } from '@/payload/feeds/buildFeeds'
import { type FeedScope, renderFeed } from '@/payload/feeds/renderFeed'
import { getSector } from '@/payload/queries'
import { feedResponse } from './feedResponse'

type SectorContext = { params: Promise<{ slug: string }> }

/** GET handler for the news or careers feed in one format. */
export const feedHandler = (kind: 'news' | 'careers', format: FeedFormat) => async (request: Request) =>
  feedResponse(request, format, await renderFeed({ kind } satisfies FeedScope, format))

/** GET handler for a sector's news feed; an unknown sector is a 404. */
export const sectorFeedHandler = (format: FeedFormat) => async (request: Request, { params }: SectorContext) => {
  const sector = await getSector((await params).slug)
  if (!sector) notFound()
  return feedResponse(request, format, await renderFeed({ kind: 'sector', sector }, format))
}
