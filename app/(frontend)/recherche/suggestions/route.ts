import { routes } from '@/payload/routes'
import { suggestTitles } from '@/payload/search/searchContent'
import { cleanSearchQuery } from '@/payload/search/searchQuery'

/**
 * GET /recherche/suggestions?q=dir — search-as-you-type for the search box: up to 8 titles of
 * published careers and news, as JSON. Any input is answered (an empty list for too little).
 */
export async function GET(request: Request) {
  const query = cleanSearchQuery(new URL(request.url).searchParams.get('q'))
  const found = query.length >= 2 ? await suggestTitles(query) : []
  const suggestions = found.map(({ kind, title, slug }) => ({
    kind,
    title,
    url: routes.document(kind, slug),
  }))
  return Response.json(
    { query, suggestions },
    // Published titles only: shared caches may keep them a minute.
    { headers: { 'cache-control': 'public, max-age=60, s-maxage=60' } },
  )
}
