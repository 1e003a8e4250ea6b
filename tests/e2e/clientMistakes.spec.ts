import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { adminToken } from './helpers'

// A client's mistake is a 4xx with a message, in French unless the client asks for English,
// through REST and GraphQL, as a visitor and as an editor; a missing media file is a 404, and
// HEAD answers as GET does. Each row was a 500 before (tests/e2e/generatedQueries.spec.ts draws
// thousands more).

let editor: Record<string, string>
let api: APIRequestContext

test.beforeAll(async ({ playwright, baseURL }) => {
  const login = await playwright.request.newContext({ baseURL })
  const admin = await adminToken(login)
  const who = { email: `editeur-erreurs-${Date.now()}@reperes.test`, password: 'mot-de-passe-erreurs', name: 'Éditeur erreurs', roles: ['editor'] }
  expect((await login.post('/api/users', { data: who, headers: { Authorization: `JWT ${admin}` } })).status()).toBe(201)
  editor = { Authorization: `JWT ${(await (await login.post('/api/users/login', { data: who })).json()).token}` }
  await login.dispose()
  api = await playwright.request.newContext({ baseURL })
})

test.afterAll(async () => {
  await api.dispose()
})

type Row = { path: string; status: number; says?: RegExp }

// The status each mistake gets, and (for our own checks) what the French message says.
const ROWS: Row[] = [
  { path: '/api/news?page=-1', status: 400, says: /« page » doit être un nombre entier de 1 à 100\s000/ },
  { path: '/api/news?page=0', status: 400, says: /« page »/ },
  { path: '/api/careers?page=1.5', status: 400, says: /« page »/ },
  { path: '/api/careers?page=999999999999999999999', status: 400, says: /« page »/ },
  { path: '/api/news?limit=-1', status: 400, says: /« limit » doit être un nombre entier de 0 à 1\s000/ },
  { path: '/api/news?limit=1.5', status: 400, says: /« limit »/ },
  { path: '/api/news?limit=99999999999', status: 400, says: /« limit »/ },
  { path: '/api/news?limit[x]=1', status: 400, says: /« limit » ne peut être donné qu’une fois/ },
  { path: '/api/news?depth=-1', status: 400, says: /« depth »/ },
  { path: '/api/news?draft=peut-etre', status: 400, says: /« draft » vaut « true » ou « false »/ },
  { path: '/api/news?where=abc', status: 400, says: /n’est pas du JSON valide/ },
  { path: '/api/news?where[title]=abc', status: 400, says: /doit indiquer un opérateur/ },
  { path: '/api/news?sort=title;drop', status: 400, says: /« sort » liste des noms de champs/ },
  { path: '/api/news?select=title', status: 400, says: /« select » doit lister des champs/ },
  { path: '/api/news?where[id][in][0]=abc', status: 400, says: /« abc » n’est pas un nombre/ },
  { path: '/api/news?where[publishedAt][greater_than]=demain', status: 400, says: /« demain » n’est pas une date/ },
  { path: '/api/news?where[publishedAt][in][0]=2025-11-20&where[publishedAt][in][1]=hier', status: 400, says: /« hier » n’est pas une date/ },
  { path: '/api/news?where[publishedAt][near]=1,2', status: 400, says: /« near » ne s’applique pas au champ « publishedAt » \(date\)/ },
  { path: '/api/careers?where[_status][like]=pub', status: 400, says: /« like » ne s’applique pas au champ « _status » \(select\)/ },
  { path: '/api/careers?where[pay.beginner.min][contains]=2', status: 400, says: /« contains » ne s’applique pas au champ « pay.beginner.min » \(number\)/ },
  { path: '/api/careers?where[title][all]=Directeur', status: 400, says: /« all » n’est pas pris en charge/ },
  { path: '/api/careers?where[nope][equals]=1', status: 400, says: /ne peuvent pas servir de filtre ou de tri : nope/ },
  { path: '/api/careers?sort=skills.skill,sectors', status: 400, says: /tri par « sectors » ne peut pas s’ajouter/ },
  { path: '/api/news?where[title][like]=x&where[title][like]=y', status: 400, says: /« like » attend du texte \(filtre sur « title »\)/ },
  { path: `/api/news?where=${encodeURIComponent('{"title":{"like":5}}')}`, status: 400, says: /« like » attend du texte/ },
  { path: '/api/news/count?where[content.root.type][greater_than]=a', status: 400, says: /On ne filtre pas à l’intérieur de « content »/ },
  { path: '/api/news?where[author][in]=null', status: 400, says: /« null » n’est pas un nombre/ },
  { path: '/api/careers?where[pay.beginner.min][greater_than]=abc', status: 400, says: /« abc » n’est pas un nombre/ },
  { path: '/api/news?where[title][in][x]=1', status: 400, says: /« in » attend une liste/ },
  { path: '/api/news?where[title][in][0][a]=1', status: 400, says: /« in » attend une liste/ },
  { path: '/api/news?where[or][]=', status: 400, says: /« or » ne peut pas être une liste vide/ },
  { path: `/api/news?where=${encodeURIComponent('{"title":null}')}`, status: 400, says: /doit indiquer un opérateur/ },
  { path: '/api/news?where[publishedAt][less_than]=10000-01-01', status: 400, says: /ne convient pas au champ/ },
]

// Rows only staff reach: visitors are refused these collections (and all versions) first (403).
const STAFF_ROWS: Row[] = [
  { path: '/api/redirects?where[to.reference][equals]=1', status: 400, says: /relie plusieurs collections/ },
  { path: '/api/redirects?where[to.reference][in][0][relationTo]=nope&where[to.reference][in][0][value]=1', status: 400, says: /relie plusieurs collections/ },
  { path: '/api/redirects?where[to.reference][not_equals][relationTo]=news&where[to.reference][not_equals][value]=1', status: 400, says: /relie plusieurs collections/ },
  { path: '/api/redirects?where[to.reference.value][in]=1', status: 400, says: /relie plusieurs collections/ },
  { path: '/api/sectors/versions', status: 404 },
  { path: '/api/sectors/versions/1', status: 404 },
  { path: '/api/payload-preferences/versions/1', status: 404 },
]

const roles = { visitor: () => ({}), editor: () => editor }

for (const [role, headers] of Object.entries(roles)) {
  test(`query-string mistakes as ${role === 'visitor' ? 'a visitor' : 'an editor'}: each its 4xx and French message`, async () => {
    const wrong: string[] = []
    for (const row of [...ROWS, ...(role === 'editor' ? STAFF_ROWS : [])]) {
      const response = await api.get(row.path, { headers: headers() })
      const body = await response.text()
      const message = (JSON.parse(body) as { errors?: { message?: string }[] }).errors?.[0]?.message ?? ''
      if (response.status() !== row.status) wrong.push(`${row.path}: ${response.status()} ${body.slice(0, 200)}`)
      else if (row.says && !row.says.test(message)) wrong.push(`${row.path}: message « ${message} »`)
      else if (!message) wrong.push(`${row.path}: no message`)
    }
    expect(wrong).toEqual([])
  })
}

// Reads at the edges of what is allowed, the admin's own included: they must still work.
const SOUND: { path: string; staff?: boolean }[] = [
  { path: '/api/news?page=100000' },
  { path: '/api/news?limit=0' },
  { path: '/api/careers?limit=1000&depth=0', staff: true },
  { path: '/api/careers?depth=0&where[or][0][title][like]=directeur&where[or][1][slug][equals]=x' },
  { path: `/api/careers?where=${encodeURIComponent(JSON.stringify({ and: [{ title: { contains: 'tech' } }, { _status: { equals: 'published' } }] }))}` },
  { path: '/api/careers?where[sectors][contains]=1&depth=0' },
  { path: '/api/careers?where[romeCodes][like]=H1&where[pay.overall.min][greater_than_equal]=1000&where[id][like]=1' },
  { path: '/api/careers?where[publishedAt][less_than]=2030-01-01&where[updatedAt][greater_than]=2020-01-01T00:00:00Z' },
  { path: '/api/careers?sort=skills.skill,-publishedAt,heroImage' },
  { path: '/api/careers?sort=-pay.overall.min,title&select[title]=true&select[pay][overall][min]=true' },
  { path: '/api/news?populate[media][alt]=true&depth=1&draft=false&pagination=true&trash=false&locale=fr' },
  { path: '/api/news?where[sectors.title][like]=industrie' },
  // Authors' names are staff's to read, and so to filter on.
  { path: '/api/news?where[author.name][exists]=true', staff: true },
  { path: '/api/careers?where[title][in]=Directeur technique,Boulanger&where[title][not_like]=zzz' },
  { path: '/api/careers?where[publishedAt][equals]=null&where[sectors][equals]=null&sort=title,' },
  { path: '/api/careers?where[relatedCareers.title][like]=marketing&where[sectors][contains]=1' },
  { path: '/api/redirects?where[to.reference][equals][relationTo]=careers&where[to.reference][equals][value]=1', staff: true },
  { path: '/api/redirects?where[to.reference.value][equals]=1&where[to.reference.relationTo][equals]=careers', staff: true },
  { path: '/api/redirects?where[to.reference.value][in]=1,2', staff: true },
  { path: '/api/users?where[roles][contains]=editor&depth=0', staff: true },
  { path: '/api/careers/versions?where[version.title][like]=Directeur&sort=-updatedAt&limit=5', staff: true },
  { path: '/api/news?draft=true&where[title][like]=a&limit=5', staff: true },
]

for (const [role, headers] of Object.entries(roles)) {
  test(`sound reads at the edges still answer 200 as ${role === 'visitor' ? 'a visitor' : 'an editor'}`, async () => {
    const wrong: string[] = []
    for (const row of SOUND.filter((row) => role === 'editor' || !row.staff)) {
      const response = await api.get(row.path, { headers: headers() })
      if (response.status() !== 200) wrong.push(`${row.path}: ${response.status()} ${(await response.text()).slice(0, 200)}`)
    }
    expect(wrong).toEqual([])
  })
}

test('a bulk delete or update with a malformed filter is refused and touches nothing', async ({ request }) => {
  const admin = { Authorization: `JWT ${await adminToken(request)}` }
  const count = async () => (await (await api.get('/api/sectors/count')).json()).totalDocs as number
  const before = await count()
  expect(before).toBeGreaterThan(0)
  for (const where of ['where[or][]=', 'where[and][]=', 'where[title][in][x]=1', 'where[title][__proto__]=x', `where=${encodeURIComponent('{"title":null}')}`]) {
    const deleted = await api.delete(`/api/sectors?${where}`, { headers: admin })
    expect(deleted.status(), where).toBeGreaterThanOrEqual(400)
    expect(deleted.status(), where).toBeLessThan(500)
    const updated = await api.patch(`/api/sectors?${where}`, { headers: { ...admin, ...editor }, data: { description: 'écrasé' } })
    expect(updated.status(), where).toBeGreaterThanOrEqual(400)
    expect(updated.status(), where).toBeLessThan(500)
  }
  expect(await count()).toBe(before)
  const { docs } = (await (await api.get('/api/sectors?limit=100&depth=0')).json()) as { docs: { description?: string }[] }
  expect(docs.some((doc) => doc.description === 'écrasé')).toBe(false)
})

test('messages follow Payload’s language negotiation: English when the client asks for it', async () => {
  const english = await api.get('/api/news?page=-1', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })
  expect(english.status()).toBe(400)
  expect((await english.json()).errors[0].message).toBe('The "page" parameter must be a whole number from 1 to 100000.')
  const operator = await api.get('/api/careers?where[_status][like]=pub', { headers: { 'Accept-Language': 'en', ...editor } })
  expect((await operator.json()).errors[0].message).toMatch(/^The "like" operator does not apply to the "_status" field/)
  const german = await api.get('/api/news?page=-1', { headers: { 'Accept-Language': 'de-DE' } })
  expect((await german.json()).errors[0].message).toMatch(/^Le paramètre « page »/)
})

test('GraphQL lists such mistakes in its errors with a 4xx status code, never a 500, and refuses deep or alias-heavy queries', async () => {
  const queries = [
    '{ allNews(page: -1) { totalDocs } }',
    '{ Careers(limit: -5) { totalDocs } }',
    '{ allNews(where: { publishedAt: { like: "2025-11-20T00:00:00.000Z" } }) { totalDocs } }',
    '{ countCareers(where: { heroImage: { not_in: ["99999-12-31"] } }) { totalDocs } }',
    '{ Sectors(where: { title: { all: ["Industrie"] } }) { totalDocs } }',
  ]
  for (const query of [
    `{ Careers { docs { ${'relatedCareers { '.repeat(12)}title${' }'.repeat(12)} } } }`,
    `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: News(id: 1) { title }`).join(' ')} }`,
  ]) {
    const response = await api.post('/api/graphql', { data: { query } })
    expect(response.status(), query.slice(0, 60)).toBeLessThan(500)
    expect((await response.json()).errors[0].message).toMatch(/plus de 10 niveaux|plus de 15 alias/)
  }
  for (const [role, headers] of Object.entries(roles))
    for (const query of queries) {
      const response = await api.post('/api/graphql', { data: { query }, headers: headers() })
      expect(response.status(), `${role}: ${query}`).toBeLessThan(500)
      const { errors } = (await response.json()) as { errors?: { message: string; extensions?: { statusCode?: number } }[] }
      expect(errors?.length, `${role}: ${query}`).toBeGreaterThan(0)
      for (const error of errors!) {
        expect(error.extensions?.statusCode, `${role}: ${query}: ${error.message}`).toBe(400)
        expect(error.message).not.toBe('Something went wrong.')
      }
    }
})

test('a media file that is not there is a 404, directly and through the image optimiser', async ({ request }) => {
  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  const upload = (name: string) =>
    request.post('/api/media', {
      headers,
      multipart: {
        // A 1×1 PNG.
        file: { name, mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') },
        _payload: JSON.stringify({ alt: 'Image disparue, test' }),
      },
    })

  expect((await request.get('/api/media/file/nope.jpg')).status()).toBe(404)
  expect((await request.get('/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fnope.jpg&w=640&q=75')).status()).toBe(404)

  // The file of a deleted image.
  const deleted = (await (await upload(`supprimee-${Date.now()}.png`)).json()).doc as { id: number; url: string }
  expect((await request.get(deleted.url)).status()).toBe(200)
  expect((await request.delete(`/api/media/${deleted.id}`, { headers })).status()).toBe(200)
  expect((await request.get(deleted.url)).status()).toBe(404)
  expect((await request.get(`/_next/image?url=${encodeURIComponent(deleted.url)}&w=640&q=75`)).status()).toBe(404)

  // An image whose file was lost from the disk (a restore without the media folder).
  const lost = (await (await upload(`perdue-${Date.now()}.png`)).json()).doc as { id: number; url: string; filename: string }
  const mediaDir = path.resolve(process.env.MEDIA_DIR!)
  for (const file of readdirSync(mediaDir).filter((name) => name.startsWith(lost.filename.replace(/\.png$/, '')))) rmSync(path.join(mediaDir, file))
  const missing = await request.get(lost.url)
  expect(missing.status()).toBe(404)
  expect((await missing.json()).errors[0].message).toBe('Fichier introuvable.')
  expect((await request.delete(`/api/media/${lost.id}`, { headers })).status()).toBe(200)
})

test('HEAD on a media file gives GET’s status and headers, without the body', async ({ request }) => {
  const { docs } = (await (await request.get('/api/media?limit=1&depth=0')).json()) as { docs: { url: string }[] }
  for (const url of [docs[0]!.url, '/api/media/file/nope.jpg']) {
    const get = await request.get(url)
    const head = await request.head(url)
    expect(head.status(), url).toBe(get.status())
    for (const name of ['content-type', 'content-length', 'etag', 'last-modified', 'cache-control'])
      expect(head.headers()[name], `${url}: ${name}`).toBe(get.headers()[name])
    expect((await head.body()).length, url).toBe(0)
  }
})
