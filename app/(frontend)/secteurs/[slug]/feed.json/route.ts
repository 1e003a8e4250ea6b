import { sectorFeedHandler } from '../../../feeds/feedHandlers'

export const dynamic = 'force-dynamic'
export const GET = sectorFeedHandler('json')
