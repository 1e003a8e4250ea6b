import { type APIRequestContext, expect, test } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { adminToken, expectAccessible, validateAtom } from './helpers'

// Feeds are checked with an independent parser (fast-xml-parser, JSON.parse), not with the
// library that generates them, and the Atom feed against RFC 4287's RELAX NG schema (jing).
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  trimValues: true,
  isArray: (name, jpath) => ['item', 'entry', 'category', 'dc:creator'].includes(name) || (name === 'link' && String(jpath).startsWith('feed')),
})

/** An element's text, whether the parser gave a string or an object with attributes. */
const text = (value: unknown): string =>
  typeof value === 'object' && value !== null ? String((value as Record<string, unknown>)['#text'] ?? '') : String(value ?? '')

const fetchXml = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url)
  expect(response.status(), url).toBe(200)
  const body = await response.text()
  expect(XMLValidator.validate(body), `${url} is well-formed XML`).toBe(true)
  return { response, body, doc: parser.parse(body) }
}


const rssItems = async (request: APIRequestContext) => (await fetchXml(request, '/rss.xml')).doc.rss.channel.item as Record<string, any>[]
const jsonItems = async (request: APIRequestContext) => (await (await request.get('/feed.json')).json()).items as Record<string, any>[]

test('the news feeds in three formats follow the rules', async ({ request, baseURL }) => {
  const rss = await fetchXml(request, '/rss.xml')
  expect(rss.response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
  const channel = rss.doc.rss.channel
  expect(channel.language).toBe('fr')
  expect(channel['atom:link']).toMatchObject({ '@href': `${baseURL}/rss.xml`, '@rel': 'self' })
  expect(Date.parse(channel.lastBuildDate)).not.toBeNaN()
  expect(Number(channel.ttl)).toBeGreaterThan(0)
  expect(channel.image.url).toBe(`${baseURL}/logo.png`)
  const neoma = (channel.item as Record<string, any>[]).find((item) => String(item.title).includes('NEOMA'))!
  expect(neoma.guid).toMatchObject({ '@isPermaLink': 'false' })
  expect(neoma.guid['#text']).toMatch(/^urn:reperes:news:\d+$/)
  expect(neoma.link).toBe(`${baseURL}/actualites/neoma-master-marketing-competences-2026`)
  expect(new Date(neoma.pubDate).toISOString()).toBe('2025-11-20T08:00:00.000Z')
  expect(neoma.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/)
  expect(neoma.category).toContain('Commerce et marketing')
  expect(neoma.enclosure).toMatchObject({ '@type': 'image/jpeg', '@url': expect.stringMatching(new RegExp(`^${baseURL}/api/media/file/`)) })
  expect(Number(neoma.enclosure['@length'])).toBeGreaterThan(0)
  const html = String(neoma['content:encoded'])
  expect(html).toContain('<h2>Des profils hybrides</h2>')
  expect(html).not.toMatch(/(href|src)="\//)
  expect((channel.item as unknown[]).length).toBeLessThanOrEqual(50)

  const atom = await fetchXml(request, '/atom.xml')
  expect(atom.response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
  validateAtom(atom.body)
  const entry = (atom.doc.feed.entry as Record<string, any>[]).find((e) => text(e.title).includes('NEOMA'))!
  expect(entry.id).toBe(neoma.guid['#text'])
  expect(entry.published).toBe('2025-11-20T08:00:00.000Z')
  expect(entry.updated).toBe('2025-11-21T09:30:00.000Z')

  const json = await request.get('/feed.json')
  expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8')
  const feed = await json.json()
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(feed.language).toBe('fr')
  expect(feed.feed_url).toBe(`${baseURL}/feed.json`)
  const item = feed.items.find((i: { title: string }) => i.title.includes('NEOMA'))
  expect(item).toMatchObject({ id: neoma.guid['#text'], date_published: '2025-11-20T08:00:00.000Z', date_modified: '2025-11-21T09:30:00.000Z' })
  expect(item.content_html).toContain('<strong>numérique</strong>')
})

test('the careers feed and a sector feed exist in three formats; an unknown sector is a 404', async ({ request, baseURL }) => {
  for (const url of ['/metiers/rss.xml', '/metiers/atom.xml', '/secteurs/enseignement-superieur/rss.xml', '/secteurs/enseignement-superieur/atom.xml']) {
    const { body } = await fetchXml(request, url)
    if (url.endsWith('atom.xml')) validateAtom(body)
  }
  const careers = (await fetchXml(request, '/metiers/rss.xml')).doc.rss.channel.item as Record<string, any>[]
  expect(careers.map((item) => item.title)).toContain('Directeur technique')
  expect(careers.find((item) => item.title === 'Directeur technique')!.guid['#text']).toMatch(/^urn:reperes:career:\d+$/)

  // The careers JSON Feed: version 1.1's shape, absolute addresses, and the same items, in the
  // same order, as the RSS and Atom documents.
  const json = await request.get('/metiers/feed.json')
  expect(json.status()).toBe(200)
  expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8')
  const feed = await json.json()
  expect(feed).toMatchObject({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Repères — fiches métiers',
    home_page_url: `${baseURL}/metiers`,
    feed_url: `${baseURL}/metiers/feed.json`,
    language: 'fr',
  })
  // 1.1 names authors in a list; 1.0's single `author` is gone.
  expect(feed).not.toHaveProperty('author')
  const items = feed.items as Record<string, any>[]
  expect(items.length).toBeGreaterThanOrEqual(6)
  for (const item of items) {
    expect(item.id, item.title).toMatch(/^urn:reperes:career:\d+$/)
    expect(item.url, item.title).toMatch(new RegExp(`^${baseURL}/metiers/[a-z0-9-]+$`))
    expect(typeof item.title).toBe('string')
    expect(typeof item.content_html).toBe('string')
    expect(item.content_html, item.title).not.toMatch(/(href|src)="\//)
    expect(new Date(item.date_published).toISOString()).toBe(item.date_published)
    expect(new Date(item.date_modified).toISOString()).toBe(item.date_modified)
    expect(Array.isArray(item.authors) && Array.isArray(item.tags)).toBe(true)
    expect(item).not.toHaveProperty('author')
    if ('image' in item) expect(item.image, item.title).toMatch(new RegExp(`^${baseURL}/api/media/file/`))
  }
  const director = items.find((item) => item.title === 'Directeur technique')!
  expect(director).toMatchObject({ url: `${baseURL}/metiers/directeur-technique`, tags: ['Industrie'] })
  expect(director.image).toMatch(/-1200x630\.jpg$/)
  expect(director.content_html).toContain('<h2>Profil de compétences</h2>')
  const atom = (await fetchXml(request, '/metiers/atom.xml')).doc.feed.entry as Record<string, any>[]
  const alternate = (entry: Record<string, any>) => [entry.link].flat().find((link) => link['@rel'] === 'alternate')?.['@href']
  expect(items.map((item) => [item.id, item.title, item.url])).toEqual(careers.map((item) => [item.guid['#text'], item.title, item.link]))
  expect(items.map((item) => [item.id, item.title, item.url])).toEqual(atom.map((entry) => [entry.id, text(entry.title), alternate(entry)]))
  const sector = (await (await request.get('/secteurs/commerce-et-marketing/feed.json')).json()).items as { title: string }[]
  expect(sector.map((i) => i.title).some((t) => t.includes('NEOMA'))).toBe(true)
  expect(sector.map((i) => i.title).some((t) => t.includes('KEDGE'))).toBe(false)
  for (const format of ['rss.xml', 'atom.xml', 'feed.json']) expect((await request.get(`/secteurs/inconnu/${format}`)).status()).toBe(404)
})

test('conditional requests get 304 Not Modified with either validator', async ({ request }) => {
  for (const url of ['/rss.xml', '/atom.xml', '/feed.json']) {
    const first = await request.get(url)
    const etag = first.headers()['etag']!
    const lastModified = first.headers()['last-modified']!
    expect(etag).toMatch(/^".+"$/)
    expect(first.headers()['cache-control']).toContain('public')
    const byEtag = await request.get(url, { headers: { 'If-None-Match': etag } })
    expect(byEtag.status(), url).toBe(304)
    expect(await byEtag.text()).toBe('')
    const byDate = await request.get(url, { headers: { 'If-Modified-Since': lastModified } })
    expect(byDate.status(), url).toBe(304)
    const stale = await request.get(url, { headers: { 'If-None-Match': '"autre"' } })
    expect(stale.status()).toBe(200)
    const older = await request.get(url, { headers: { 'If-Modified-Since': 'Thu, 01 Jan 2015 00:00:00 GMT' } })
    expect(older.status()).toBe(200)
  }
})

test.describe('feed items follow the editors’ actions', () => {
  let token: string
  const api = (request: APIRequestContext, method: 'post' | 'patch' | 'delete', url: string, data?: unknown) =>
    request[method](url, { data, headers: { Authorization: `JWT ${token}` } })

  test.beforeAll(async ({ request }) => {
    token = await adminToken(request)
  })

  test('renaming a post keeps its GUID: no duplicate item, and the new title shows at once', async ({ request }) => {
    const created = await (await api(request, 'post', '/api/news', { title: 'Forum des métiers', excerpt: 'Samedi au lycée.', _status: 'published' })).json()
    const id = created.doc.id
    const guid = `urn:reperes:news:${id}`
    expect((await rssItems(request)).filter((item) => item.guid['#text'] === guid)).toHaveLength(1)

    const renamed = await api(request, 'patch', `/api/news/${id}`, { title: 'Forum des métiers 2026', slug: 'forum-des-metiers-2026' })
    expect(renamed.status()).toBe(200)
    const items = (await rssItems(request)).filter((item) => item.guid['#text'] === guid)
    expect(items).toHaveLength(1)
    expect(items[0]!.title).toBe('Forum des métiers 2026')
    expect(items[0]!.link).toMatch(/\/actualites\/forum-des-metiers-2026$/)
    expect((await jsonItems(request)).filter((item) => item.id === guid)).toHaveLength(1)
  })

  test('drafts, unpublished and deleted posts are never in the feeds', async ({ request }) => {
    const draft = await (await api(request, 'post', '/api/news?draft=true', { title: 'Brouillon de flux', excerpt: 'Pas prêt.', _status: 'draft' })).json()
    const guid = `urn:reperes:news:${draft.doc.id}`
    const inFeeds = async () => {
      const atom = (await fetchXml(request, '/atom.xml')).doc.feed.entry as Record<string, any>[]
      return [
        (await rssItems(request)).some((item) => item.guid['#text'] === guid),
        atom.some((entry) => entry.id === guid),
        (await jsonItems(request)).some((item) => item.id === guid),
      ]
    }
    expect(await inFeeds()).toEqual([false, false, false])

    await api(request, 'patch', `/api/news/${draft.doc.id}`, { _status: 'published' })
    expect(await inFeeds()).toEqual([true, true, true])

    await api(request, 'patch', `/api/news/${draft.doc.id}`, { _status: 'draft' })
    expect(await inFeeds()).toEqual([false, false, false])

    await api(request, 'patch', `/api/news/${draft.doc.id}`, { _status: 'published' })
    expect(await inFeeds()).toEqual([true, true, true])
    expect((await api(request, 'delete', `/api/news/${draft.doc.id}`)).status()).toBe(200)
    expect(await inFeeds()).toEqual([false, false, false])
  })

  test('markup, CDATA terminators, emoji and right-to-left marks stay well-formed and intact', async ({ request }) => {
    const typed = 'Bac & après : <script>alert(1)</script> ]]> 🎓 \u200F\u202Eفرنسا'
    // Stored as typed but for the open right-to-left override, which would reverse the rest of
    // the line wherever the title shows (payload/text/cleanText.ts); the mark stays.
    const title = typed.replace('\u202E', '')
    const created = await api(request, 'post', '/api/news', { title: typed, excerpt: 'Chapô ]]> & <b>gras</b>', _status: 'published' })
    expect(created.status()).toBe(201)
    const guid = `urn:reperes:news:${(await created.json()).doc.id}`

    const rss = (await rssItems(request)).find((item) => item.guid['#text'] === guid)!
    expect(rss.title).toBe(title)
    // An RSS description is HTML: the plain-text excerpt arrives escaped, and reads as typed.
    expect(rss.description).toBe('Chapô ]]&gt; &amp; &lt;b&gt;gras&lt;/b&gt;')
    const atom = await fetchXml(request, '/atom.xml')
    validateAtom(atom.body)
    expect(text((atom.doc.feed.entry as Record<string, any>[]).find((entry) => entry.id === guid)!.title)).toBe(title)
    expect((await jsonItems(request)).find((item) => item.id === guid)!.title).toBe(title)
    // The markup is text inside CDATA, never an element of the feed.
    const entry = (atom.doc.feed.entry as Record<string, any>[]).find((e) => e.id === guid)!
    expect(Object.keys(entry)).not.toContain('script')
    expect(typeof entry.title === 'string' || typeof entry.title['#text'] === 'string').toBe(true)
  })
})

test('every page announces the feeds, sector pages their own, and a visible link explains them', async ({ page, baseURL }) => {
  await page.goto('/metiers/directeur-technique')
  for (const [type, file] of [['application/rss+xml', 'rss.xml'], ['application/atom+xml', 'atom.xml'], ['application/feed+json', 'feed.json']])
    await expect(page.locator(`link[rel="alternate"][type="${type}"]`).first()).toHaveAttribute('href', `${baseURL}/${file}`)
  await page.goto('/secteurs/industrie')
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', `${baseURL}/secteurs/industrie/rss.xml`)
  await page.getByRole('link', { name: 'S’abonner', exact: true }).click()
  await expect(page.locator('h1')).toHaveText('S’abonner aux actualités')
  await expect(page.getByRole('link', { name: 'Actualités au format RSS 2.0' })).toHaveAttribute('href', '/rss.xml')
  await expectAccessible(page, '/abonnement')
})
