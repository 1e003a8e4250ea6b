import { sectorFeedHandler } from '../../../feeds/routes'

export const dynamic = 'force-dynamic'
export const GET = sectorFeedHandler('rss')
