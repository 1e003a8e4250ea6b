import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import pg from 'pg'

import { formatFrenchDate } from '@/app/(frontend)/format'
import { adminContentForSpec, jsonLdOfType, validateAtom } from './helpers'

// Every date of a document agrees: "MAJ le" on the page, Atom `updated`, JSON Feed
// `date_modified`, JSON-LD `dateModified` and the sitemap's `lastmod` are one instant, and a
// restore moves it like any edit while "Publication le" stays.

const admin = adminContentForSpec()
const stamp = Date.now()
const PUBLISHED = '2024-12-02T08:00:00.000Z'
const JANUARY = '2025-01-10T09:00:00.000Z'

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'url'].includes(name) })

/** What every output says of a post: its page's dates, Atom, JSON Feed, JSON-LD, sitemap. */
const datesOf = async (page: Page, request: APIRequestContext, post: { slug: string; title: string }, baseURL: string) => {
  await page.goto(`/actualites/${post.slug}`)
  const line = await page.locator('.post .dates').textContent()
  const jsonLd = await jsonLdOfType(page, 'NewsArticle')
  const atom = xml.parse(await (await request.get('/atom.xml')).text()).feed.entry.find((e: any) => String(e.title['#text'] ?? e.title) === post.title)
  const json = (await (await request.get('/feed.json')).json()).items.find((i: { title: string }) => i.title === post.title)
  const sitemap = xml.parse(await (await request.get('/sitemap.xml')).text()).urlset.url.find((u: any) => u.loc === `${baseURL}/actualites/${post.slug}`)
  return { line, jsonLd: jsonLd.dateModified, atom: atom?.updated, json: json?.date_modified, sitemap: sitemap?.lastmod }
}

const expectAgreeing = async (page: Page, request: APIRequestContext, id: number, baseURL: string) => {
  const stored = await (await request.get(`/api/news/${id}?depth=0`)).json()
  const dates = await datesOf(page, request, stored, baseURL)
  const instant = new Date(stored.contentUpdatedAt).toISOString()
  expect(dates).toEqual({
    line: `Publication le ${formatFrenchDate(stored.publishedAt)} | MAJ le ${formatFrenchDate(stored.contentUpdatedAt)}`,
    jsonLd: stored.contentUpdatedAt,
    atom: instant,
    json: instant,
    sitemap: instant,
  })
  return stored as { publishedAt: string; contentUpdatedAt: string }
}

const firstVersionId = async (request: APIRequestContext, id: number) =>
  (await (await request.get(`/api/news/versions?where[parent][equals]=${id}&sort=createdAt&limit=1`, { headers: admin.headers })).json()).docs[0].id

test('a restored version moves MAJ everywhere to the restore, and Publication le stays', async ({ page, request, baseURL }) => {
  const post = await admin.api.create(request, 'news', { title: `Version de janvier ${stamp}`, excerpt: 'Texte de janvier.', publishedAt: PUBLISHED, contentUpdatedAt: JANUARY, _status: 'published' })
  expect((await expectAgreeing(page, request, post.id, baseURL!)).contentUpdatedAt).toBe(JANUARY)
  const march = (await admin.api.update(request, 'news', post.id, { excerpt: 'Texte de mars.', _status: 'published' })) as unknown as { contentUpdatedAt: string }
  const restored = await request.post(`/api/news/versions/${await firstVersionId(request, post.id)}`, { headers: admin.headers })
  expect(restored.status()).toBe(200)
  const dates = await expectAgreeing(page, request, post.id, baseURL!)
  expect(dates.publishedAt).toBe(PUBLISHED)
  expect(dates.contentUpdatedAt > march.contentUpdatedAt).toBe(true)
  await expect(page.locator('.post .lead')).toHaveText('Texte de janvier.')
})

test('a version restored as a draft changes nothing for readers until published, then MAJ moves', async ({ page, request, baseURL }) => {
  const post = await admin.api.create(request, 'news', { title: `Brouillon restauré ${stamp}`, excerpt: 'Texte de janvier.', publishedAt: PUBLISHED, contentUpdatedAt: JANUARY, _status: 'published' })
  const march = await admin.api.update(request, 'news', post.id, { excerpt: 'Texte de mars.', _status: 'published' })
  const restored = await request.post(`/api/news/versions/${await firstVersionId(request, post.id)}?draft=true`, { headers: admin.headers })
  expect(restored.status()).toBe(200)
  const meanwhile = await expectAgreeing(page, request, post.id, baseURL!)
  expect(meanwhile.contentUpdatedAt).toBe((march as unknown as { contentUpdatedAt: string }).contentUpdatedAt)
  await expect(page.locator('.post .lead')).toHaveText('Texte de mars.')
  await admin.api.update(request, 'news', post.id, { _status: 'published' })
  const dates = await expectAgreeing(page, request, post.id, baseURL!)
  expect(dates.publishedAt).toBe(PUBLISHED)
  expect(dates.contentUpdatedAt > meanwhile.contentUpdatedAt).toBe(true)
  await expect(page.locator('.post .lead')).toHaveText('Texte de janvier.')
})

test('the sitemap dates a page by its MAJ, and a list or a sector by the latest MAJ it lists', async ({ request, baseURL }) => {
  const post = await admin.api.create(request, 'news', { title: `Sitemap ${stamp}`, excerpt: 'x', publishedAt: PUBLISHED, contentUpdatedAt: JANUARY, _status: 'published' })
  const sector = (await (await request.get('/api/sectors?where[slug][equals]=industrie')).json()).docs[0]
  // A change readers do not see (its sectors) leaves MAJ, and so lastmod, where they were.
  await admin.api.update(request, 'news', post.id, { sectors: [sector.id], _status: 'published' })
  const urls = xml.parse(await (await request.get('/sitemap.xml')).text()).urlset.url as { loc: string; lastmod?: string }[]
  const lastmod = (path: string) => urls.find((u) => u.loc === `${baseURL}${path}`)?.lastmod
  expect(lastmod(`/actualites/${post.slug}`)).toBe(JANUARY)
  // The demo posts keep the dates of the model page.
  expect(lastmod('/actualites/neoma-master-marketing-competences-2026')).toBe('2025-11-21T09:30:00.000Z')
  // The newest "MAJ le" of a collection, optionally within the sector, as the API sorts them.
  const newest = async (collection: string, inSector = false) =>
    (await (await request.get(`/api/${collection}?sort=-contentUpdatedAt&limit=1&depth=0${inSector ? `&where[sectors][contains]=${sector.id}` : ''}`)).json()).docs[0]
      ?.contentUpdatedAt as string | undefined
  const [news, careers, newsInSector, careersInSector] = [await newest('news'), await newest('careers'), await newest('news', true), await newest('careers', true)]
  const max = (...dates: (string | undefined)[]) => dates.filter(Boolean).sort().at(-1)
  expect(lastmod('/actualites')).toBe(news)
  expect(lastmod('/metiers')).toBe(careers)
  expect(lastmod('/')).toBe(max(news, careers))
  // A sector also dates from its own last change (its name and presentation show on its page).
  expect(lastmod('/secteurs/industrie')).toBe(max(newsInSector, careersInSector, sector.updatedAt))
})

test('a character XML forbids, written straight into the database, never breaks the feeds', async ({ request }) => {
  const post = await admin.api.create(request, 'news', { title: `Caractères ${stamp}`, excerpt: 'x', publishedAt: PUBLISHED, _status: 'published' })
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await client.query(`UPDATE news SET title = $1, excerpt = $2 WHERE id = $3`, [`Caractères\u001D\u0000 ${stamp}`.replace('\u0000', ''), 'Chapô\u0008\uFFFF', post.id])
  } finally {
    await client.end()
  }
  await admin.api.create(request, 'news', { title: `Déclencheur ${stamp}`, excerpt: 'x', publishedAt: PUBLISHED, _status: 'published' })
  for (const path of ['/rss.xml', '/atom.xml', '/secteurs/industrie/rss.xml', '/feed.json']) {
    const body = await (await request.get(path)).text()
    expect(body, path).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
    if (path === '/atom.xml') validateAtom(body)
  }
  expect(await (await request.get('/rss.xml')).text()).toContain(`<title>Caractères ${stamp}</title>`)
})

test('a version restored as a draft through GraphQL is a draft too: the page, its address and its dates stay', async ({ page, request, baseURL }) => {
  const post = await admin.api.create(request, 'news', { title: `GraphQL alpha ${stamp}`, excerpt: 'Alpha.', publishedAt: PUBLISHED, contentUpdatedAt: JANUARY, _status: 'published' })
  const renamed = (await admin.api.update(request, 'news', post.id, { slug: `graphql-beta-${stamp}`, excerpt: 'Bêta.', _status: 'published' })) as unknown as { slug: string; contentUpdatedAt: string }
  const version = await firstVersionId(request, post.id)
  const response = await request.post('/api/graphql', {
    headers: admin.headers,
    data: { query: `mutation { restoreVersionNews(id: ${Number(version)}, draft: true) { id } }` },
  })
  expect((await response.json()).errors).toBeUndefined()
  const dates = await expectAgreeing(page, request, post.id, baseURL!)
  expect(dates.contentUpdatedAt).toBe(renamed.contentUpdatedAt)
  await expect(page.locator('.post .lead')).toHaveText('Bêta.')
  // The old address still leads to the page, which still lives at its new one.
  const old = await request.get(`/actualites/${post.slug}`, { maxRedirects: 0 })
  expect(old.status()).toBe(308)
  expect(old.headers().location).toBe(`/actualites/${renamed.slug}`)
})
