import { type APIRequestContext, expect, test } from '@playwright/test'

import { adminToken, jsonLdBlocks } from './helpers'

// A draft, whether the next version of a published post or a post never published, reaches no
// visitor through any door: pages, JSON-LD, REST and GraphQL (draft flags included), versions,
// feeds, sitemap, search and suggestions. Nor do users' e-mail addresses.
// Searches ask for SECRET; a door leaks when it shows HIDDEN, which no request contains.
const tag = Date.now().toString(36)
const SECRET = `Brouillonsecret${tag}`
const HIDDEN = `Cachette${tag}`
let token: string
let published: { id: number; slug: string; title: string }
let neverPublished: { id: number; slug: string }

const asAdmin = () => ({ Authorization: `JWT ${token}` })

test.beforeAll(async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL })
  token = await adminToken(admin)
  const post = await admin.post('/api/news', { headers: asAdmin(), data: { title: `Version en ligne ${Date.now()}`, excerpt: 'En ligne.', _status: 'published' } })
  published = (await post.json()).doc
  expect((await admin.patch(`/api/news/${published.id}?draft=true`, { headers: asAdmin(), data: { title: `${SECRET} ${HIDDEN} titre`, excerpt: `${SECRET} ${HIDDEN} chapô`, _status: 'draft' } })).status()).toBe(200)
  const draft = await admin.post('/api/news?draft=true', { headers: asAdmin(), data: { title: `${SECRET} ${HIDDEN} inédit`, excerpt: `${SECRET} ${HIDDEN} jamais publié`, _status: 'draft' } })
  neverPublished = (await draft.json()).doc
  await admin.dispose()
})

test.afterAll(async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL })
  for (const id of [published.id, neverPublished.id]) await admin.delete(`/api/news/${id}`, { headers: asAdmin() })
  await admin.dispose()
})

const visitor = async (request: APIRequestContext, path: string, init: Parameters<APIRequestContext['fetch']>[1] = {}) => {
  const response = await request.fetch(path, init)
  return { status: response.status(), text: await response.text() }
}

test('no door shows a visitor the draft', async ({ request, page }) => {
  // [door, path, request, what a working door does show]
  const doors: [string, string, Parameters<APIRequestContext['fetch']>[1]?, string?][] = [
    ['the published page', `/actualites/${published.slug}`, undefined, published.title],
    ['the never-published page', `/actualites/${neverPublished.slug}`],
    ['the news list', '/actualites', undefined, published.title],
    ['the home page', '/'],
    ['REST list', `/api/news?where[id][in]=${published.id},${neverPublished.id}`, undefined, published.title],
    // With draft=true a visitor's list reads the latest versions, which access then filters out.
    ['REST list with draft=true', `/api/news?draft=true&where[id][in]=${published.id},${neverPublished.id}`],
    ['REST document with draft=true', `/api/news/${published.id}?draft=true`, undefined, published.title],
    ['REST never-published document', `/api/news/${neverPublished.id}?draft=true`],
    ['REST where on the draft title', `/api/news?draft=true&where[title][like]=${SECRET}`],
    ['REST versions', `/api/news/versions?where[parent][equals]=${published.id}`],
    ['GraphQL list', '/api/graphql', { method: 'POST', data: { query: `{ allNews(where: { OR: [{ id: { equals: ${published.id} } }, { id: { equals: ${neverPublished.id} } }] }) { docs { title excerpt } } }` } }, published.title],
    ['GraphQL list with draft: true', '/api/graphql', { method: 'POST', data: { query: `{ allNews(draft: true, where: { OR: [{ id: { equals: ${published.id} } }, { id: { equals: ${neverPublished.id} } }] }) { docs { title excerpt } } }` } }],
    ['GraphQL document with draft: true', '/api/graphql', { method: 'POST', data: { query: `{ News(id: ${published.id}, draft: true) { title } }` } }, published.title],
    ['GraphQL versions', '/api/graphql', { method: 'POST', data: { query: `{ versionsallNews { docs { version { title } } } }` } }],
    ['RSS', '/rss.xml', undefined, published.title],
    ['Atom', '/atom.xml', undefined, published.title],
    ['JSON Feed', '/feed.json', undefined, published.title],
    ['sitemap', '/sitemap.xml', undefined, published.slug],
    ['search', `/recherche?q=${SECRET}`],
    ['suggestions', `/recherche/suggestions?q=${SECRET.slice(0, 12)}`],
  ]
  const leaks: string[] = []
  for (const [door, path, init, shows] of doors) {
    const { status, text } = await visitor(request, path, init)
    if (status >= 500) leaks.push(`${door}: HTTP ${status}`)
    // A GraphQL query that fails to run proves nothing either (versions are refused on purpose).
    if (door.startsWith('GraphQL') && door !== 'GraphQL versions' && text.includes('"errors"')) leaks.push(`${door}: the query failed: ${text.slice(0, 200)}`)
    if (shows && !text.includes(shows)) leaks.push(`${door}: does not show the published version (HTTP ${status}), so it proves nothing`)
    if (text.includes(HIDDEN)) leaks.push(`${door}: shows the draft`)
    if (text.includes(neverPublished.slug) && !path.includes(neverPublished.slug)) leaks.push(`${door}: names the never-published post`)
  }
  expect(leaks).toEqual([])
  expect((await visitor(request, `/actualites/${neverPublished.slug}`)).status).toBe(404)
  expect((await visitor(request, `/api/news/${neverPublished.id}?draft=true`)).status).toBe(404)

  await page.goto(`/actualites/${published.slug}`)
  const blocks = JSON.stringify(await jsonLdBlocks(page))
  expect(blocks).toContain(published.title)
  expect(blocks).not.toContain(HIDDEN)
})

test('users’ e-mail addresses and password hashes reach no one but admins and their owner', async ({ request, playwright, baseURL }) => {
  for (const path of ['/api/users', '/api/users/1', '/api/news?depth=2&limit=20']) {
    const { text } = await visitor(request, path)
    expect(text, path).not.toMatch(/@reperes\.test|"hash"|"salt"/)
  }
  const graphql = await visitor(request, '/api/graphql', { method: 'POST', data: { query: '{ Users { docs { email } } }' } })
  expect(graphql.text).not.toContain('@reperes.test')

  // An editor sees their own account, not the others'.
  const context = await playwright.request.newContext({ baseURL })
  const who = { email: `lecteur-${Date.now()}@reperes.test`, password: 'mot-de-passe-editeur', name: 'Éditrice', roles: ['editor'] }
  expect((await context.post('/api/users', { headers: asAdmin(), data: who })).status()).toBe(201)
  const editor = (await (await context.post('/api/users/login', { data: who })).json()).token
  const users = await (await context.get('/api/users?limit=100', { headers: { Authorization: `JWT ${editor}` } })).json()
  expect(users.docs.map((user: { email: string }) => user.email)).toEqual([who.email])
  const all = JSON.stringify(users)
  expect(all).not.toMatch(/"hash"|"salt"/)
  await context.dispose()
})
