import { feedHandler } from '@/app/(frontend)/feeds/feedHandlers'

export const dynamic = 'force-dynamic'
export const GET = feedHandler('careers', 'rss')
