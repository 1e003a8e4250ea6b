import { feedHandler } from '@/app/(frontend)/feeds/feedHandlers'

// Dynamic: built from the cached feed, so `next build` never queries the database.
export const dynamic = 'force-dynamic'
export const GET = feedHandler('news', 'json')
