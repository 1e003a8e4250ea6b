import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminContentForSpec } from './helpers'

// The pages visitors open first come from Next's full-route cache (docs/caching.md), and a
// publish, an edit, an unpublish or a delete still shows on the next visit of each.
const session = adminContentForSpec()

/** Next's own report: HIT when the answer came from its page cache, absent on a rendered-per-request page. */
const cacheState = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path, { maxRedirects: 0 })
  return { status: response.status(), cache: response.headers()['x-nextjs-cache'] ?? 'none', body: await response.text() }
}

const LISTS = ['/', '/actualites', '/secteurs/industrie']

test('home, news list, sector page and sitemap are served from the page cache, and show every change to a post on the next visit', async ({ request }) => {
  const { api } = session
  const sector = (await (await request.get('/api/sectors?where[slug][equals]=industrie&depth=0')).json()).docs[0] as { id: number }
  const post = await api.create(request, 'news', { title: `Brève mise en cache ${Date.now()}`, excerpt: 'Une brève.', sectors: [sector.id], _status: 'published' })

  // The sitemap names the post by its address, the pages by its title.
  const showsEverywhere = async (text: string, present: boolean) => {
    for (const [path, shown] of [...LISTS.map((list) => [list, text]), ['/sitemap.xml', `/actualites/${post.slug}`]] as const) {
      const first = await cacheState(request, path)
      expect(first.status, path).toBe(200)
      expect(first.body.includes(shown), `${path} ${present ? 'shows' : 'no longer shows'} « ${shown} »`).toBe(present)
      // The next visitor is served the copy just made.
      const second = await cacheState(request, path)
      expect(second.cache, path).toBe('HIT')
      expect(second.body.includes(shown), path).toBe(present)
    }
  }
  await showsEverywhere(post.title, true)

  const edited = `Brève modifiée ${Date.now()}`
  await api.update(request, 'news', post.id, { title: edited })
  await showsEverywhere(edited, true)

  await api.update(request, 'news', post.id, { _status: 'draft' })
  await showsEverywhere(edited, false)

  await api.update(request, 'news', post.id, { _status: 'published' })
  await showsEverywhere(edited, true)

  await api.remove(request, 'news', post.id)
  await showsEverywhere(edited, false)
})

test('every page of the lists, and the subscription page, has its own cached address', async ({ request }) => {
  const { api } = session
  // Enough posts for a second page of news (10 a page).
  for (let i = 1; i <= 11; i++)
    await api.create(request, 'news', { title: `Brève de la page deux ${i}`, excerpt: 'x', publishedAt: `2020-02-${String(i).padStart(2, '0')}T08:00:00.000Z`, _status: 'published' })
  for (const path of ['/actualites', '/actualites/page/2', '/metiers', '/abonnement']) {
    expect((await cacheState(request, path)).status, path).toBe(200)
    expect((await cacheState(request, path)).cache, path).toBe('HIT')
  }
  // A campaign tag changes nothing on the page: the cached copy answers.
  expect((await cacheState(request, '/actualites?utm_source=lettre')).cache).toBe('HIT')
})

test('filtered views are rendered per request, out of the page cache, a filter on a page’s own address included', async ({ request }) => {
  for (const path of ['/metiers?secteur=industrie', '/metiers?niveau=bac2', '/recherche?q=technique']) {
    expect((await cacheState(request, path)).status, path).toBe(200)
    expect((await cacheState(request, path)).cache, path).toBe('none')
  }
  // Page 2 of a sector's careers: past the end here, but the filtered view's answer, not the cached list's page 2.
  const paged = await cacheState(request, '/metiers/page/2?secteur=industrie')
  expect(paged.cache).toBe('none')
  expect(paged.body).not.toContain('Tous les métiers, page 2')
})

test('the home page, served from a nested route, names the site once in its title', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Repères — orientation et métiers')
})

test('old page numbers in the query and internal addresses redirect for good to the public address', async ({ request }) => {
  const cases: [string, string][] = [
    ['/actualites?page=2', '/actualites/page/2'],
    ['/actualites?page=2&utm_source=lettre', '/actualites/page/2?utm_source=lettre'],
    ['/actualites?page=1', '/actualites'],
    ['/actualites/page/1', '/actualites'],
    ['/metiers?page=3', '/metiers/page/3'],
    ['/metiers/page/1', '/metiers'],
    ['/accueil/publique', '/'],
    ['/abonnement/publique', '/abonnement'],
    ['/plan-du-site/sitemap.xml', '/sitemap.xml'],
    ['/Actualites/page/2', '/actualites/page/2'],
    ['/METIERS/PAGE/3', '/metiers/page/3'],
    ['/filtres/metiers?secteur=industrie', '/metiers?secteur=industrie'],
  ]
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(308)
    expect(new URL(response.headers().location!, 'http://x').pathname + new URL(response.headers().location!, 'http://x').search, from).toBe(to)
  }
})

test('a list page that is not a page number is a 404 that takes no place in the cache', async ({ request }) => {
  for (const path of ['/actualites/page/0', '/actualites/page/02', '/actualites/page/deux', '/metiers/page/-1', '/actualites/page/10000', '/metiers/page/100000']) {
    const answer = await cacheState(request, path)
    expect(answer.status, path).toBe(404)
    expect(answer.body, path).toContain('Page introuvable')
    expect((await cacheState(request, path)).cache, path).toBe('none')
  }
})
