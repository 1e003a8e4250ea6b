import { feedHandler } from '../../feeds/routes'

export const dynamic = 'force-dynamic'
export const GET = feedHandler('careers', 'rss')
