import { sectorFeedHandler } from '@/app/(frontend)/feeds/feedHandlers'

export const dynamic = 'force-dynamic'
export const GET = sectorFeedHandler('rss')
