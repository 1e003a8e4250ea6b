import { type APIRequestContext, expect, test } from '@playwright/test'

import { adminToken } from './helpers'

// The role matrix, through both HTTP doors of the running server: REST and GraphQL. Each row
// names an operation and who may do it; each door reports whether it happened. The Local API
// side is in tests/int (access, contributors, versions).

const ROLES = ['anonymous', 'contributor', 'editor', 'admin'] as const
type Role = (typeof ROLES)[number]
type Allowed = Record<Role, boolean>

const only = (...roles: Role[]): Allowed => Object.fromEntries(ROLES.map((role) => [role, roles.includes(role)])) as Allowed
const everyone = only(...ROLES)
const staff = only('contributor', 'editor', 'admin')
const editors = only('editor', 'admin')

const tokens: Partial<Record<Role, string>> = {}
let request: APIRequestContext

test.beforeAll(async ({ playwright, baseURL }) => {
  // Logging in sets a session cookie: do it in a context of its own, so that the matrix's
  // requests carry only the token of the role they stand for (anonymous: none).
  const login = await playwright.request.newContext({ baseURL })
  tokens.admin = await adminToken(login)
  for (const role of ['contributor', 'editor'] as const) {
    const who = { email: `${role}-matrice-${Date.now()}@reperes.test`, password: `mot-de-passe-${role}`, name: role }
    const created = await login.post('/api/users', { data: { ...who, roles: [role] }, headers: { Authorization: `JWT ${tokens.admin}` } })
    expect(created.status()).toBe(201)
    tokens[role] = (await (await login.post('/api/users/login', { data: who })).json()).token
  }
  await login.dispose()
  request = await playwright.request.newContext({ baseURL })
})

// Everything the matrix made goes: the page tests expect the demo content to be the latest.
test.afterAll(async () => {
  for (const collection of ['news', 'careers', 'sectors'])
    await request.delete(`/api/${collection}?where[title][like]=matrice&limit=0`, { headers: auth('admin') })
  await request.delete('/api/media?where[alt][like]=matrice&limit=0', { headers: auth('admin') })
  await request.delete('/api/users?where[name][like]=matrice cible&limit=0', { headers: auth('admin') })
  await request.dispose()
})

const auth = (role: Role): Record<string, string> => (tokens[role] ? { Authorization: `JWT ${tokens[role]}` } : {})

/** A fresh document made by the admin, so each role acts on its own. */
const fixture = async (collection: 'news' | 'careers', status: 'draft' | 'published') => {
  const data =
    collection === 'news'
      ? { title: `Matrice ${status} ${Date.now()}-${Math.random()}`, excerpt: 'x', _status: status }
      : { title: `Matrice ${status} ${Date.now()}-${Math.random()}`, summary: 'x', _status: status }
  const response = await request.post(`/api/${collection}${status === 'draft' ? '?draft=true' : ''}`, {
    data,
    headers: auth('admin'),
  })
  expect(response.status()).toBe(201)
  return (await response.json()).doc.id as number
}

const sectorFixture = async () => {
  const response = await request.post('/api/sectors', { data: { title: `Matrice secteur ${Date.now()}-${Math.random()}` }, headers: auth('admin') })
  expect(response.status()).toBe(201)
  return (await response.json()).doc.id as number
}

// A 1×1 PNG: the smallest real image Payload and sharp accept.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const upload = (headers: Record<string, string>) =>
  request.post('/api/media', {
    headers,
    multipart: { file: { name: `matrice-${Date.now()}.png`, mimeType: 'image/png', buffer: PNG }, _payload: JSON.stringify({ alt: 'Matrice, image de test' }) },
  })
const imageFixture = async () => {
  const response = await upload(auth('admin'))
  expect(response.status()).toBe(201)
  return (await response.json()).doc.id as number
}

const accountFixture = async () => {
  const data = { email: `cible-${Date.now()}-${Math.random()}@reperes.test`, password: 'mot-de-passe-cible', name: 'Matrice cible', roles: ['contributor'] }
  const response = await request.post('/api/users', { data, headers: auth('admin') })
  expect(response.status()).toBe(201)
  return (await response.json()).doc.id as number
}
const subscriberFixture = async () => {
  const data = { email: `matrice-${Date.now()}-${Math.random()}@exemple.fr`, status: 'confirmed', frequency: 'weekly' }
  const response = await request.post('/api/subscribers', { data, headers: auth('admin') })
  expect(response.status()).toBe(201)
  return (await response.json()).doc.id as number
}
/** The review state of a document's latest version, as the admin reads it. */
const reviewStateOf = async (id: number) =>
  (await (await request.get(`/api/news/${id}?draft=true&depth=0`, { headers: auth('admin') })).json()).reviewState as string
/** A draft the admin proposed for review. */
const proposedFixture = async () => {
  const id = await fixture('news', 'draft')
  const response = await request.patch(`/api/news/${id}?draft=true`, { data: { reviewAction: 'propose', _status: 'draft' }, headers: auth('admin') })
  expect(response.status()).toBe(200)
  return id
}
const ownId = async (role: Role) => (await (await request.get('/api/users/me', { headers: auth(role) })).json()).user.id as number
const ownOrSomeId = async (role: Role) => (role === 'anonymous' ? accountFixture() : ownId(role))
const storedName = async (id: number) => (await (await request.get(`/api/users/${id}`, { headers: auth('admin') })).json()).name as string

const rest = async (role: Role, method: string, path: string, data?: unknown) =>
  request.fetch(path, { method, data, headers: auth(role) })

/** Runs a GraphQL operation; true when it returned data without error. */
const graphql = async (role: Role, query: string): Promise<boolean> => {
  const response = await request.post('/api/graphql', { data: { query }, headers: auth(role) })
  const body = await response.json()
  const value = body.data && Object.values(body.data)[0]
  if (body.errors?.length || value == null) return false
  // A list query answers with what the role may see: allowed when it saw something.
  return typeof value === 'object' && 'totalDocs' in value ? (value as { totalDocs: number }).totalDocs > 0 : true
}

type Row = {
  what: string
  allowed: Allowed
  rest: (role: Role) => Promise<boolean>
  graphql?: (role: Role) => Promise<boolean>
}

const title = () => `Créé par la matrice ${Date.now()}-${Math.random()}`

const ROWS: Row[] = [
  {
    what: 'read a published career',
    allowed: everyone,
    rest: async (role) => (await rest(role, 'GET', `/api/careers/${await fixture('careers', 'published')}`)).status() === 200,
    graphql: async (role) => graphql(role, `{ Career(id: ${await fixture('careers', 'published')}) { id } }`),
  },
  {
    what: 'read a draft (draft=true)',
    allowed: staff,
    rest: async (role) => (await rest(role, 'GET', `/api/news/${await fixture('news', 'draft')}?draft=true`)).status() === 200,
    graphql: async (role) => graphql(role, `{ News(id: ${await fixture('news', 'draft')}, draft: true) { id } }`),
  },
  {
    what: 'read versions',
    allowed: staff,
    rest: async (role) => {
      const id = await fixture('news', 'published')
      const response = await rest(role, 'GET', `/api/news/versions?where[parent][equals]=${id}`)
      return response.status() === 200 && (await response.json()).totalDocs > 0
    },
    graphql: async (role) =>
      graphql(role, `{ versionsallNews(where: { parent: { equals: ${await fixture('news', 'published')} } }) { totalDocs } }`),
  },
  {
    what: 'create a draft',
    allowed: staff,
    rest: async (role) =>
      (await rest(role, 'POST', '/api/news?draft=true', { title: title(), excerpt: 'x', _status: 'draft' })).status() === 201,
    graphql: (role) => graphql(role, `mutation { createNews(data: { title: "${title()}", excerpt: "x", _status: draft }, draft: true) { id } }`),
  },
  {
    what: 'create published content',
    allowed: editors,
    rest: async (role) => (await rest(role, 'POST', '/api/careers', { title: title(), summary: 'x', _status: 'published' })).status() === 201,
    graphql: (role) => graphql(role, `mutation { createCareer(data: { title: "${title()}", summary: "x", _status: published }) { id } }`),
  },
  {
    what: 'edit a draft (as a draft)',
    allowed: staff,
    rest: async (role) =>
      (await rest(role, 'PATCH', `/api/news/${await fixture('news', 'draft')}?draft=true`, { excerpt: 'relu', _status: 'draft' })).status() === 200,
    graphql: async (role) =>
      graphql(role, `mutation { updateNews(id: ${await fixture('news', 'draft')}, data: { excerpt: "relu", _status: draft }, draft: true) { id } }`),
  },
  {
    what: 'publish a draft',
    allowed: editors,
    rest: async (role) =>
      (await rest(role, 'PATCH', `/api/news/${await fixture('news', 'draft')}`, { _status: 'published' })).status() === 200,
    graphql: async (role) =>
      graphql(role, `mutation { updateNews(id: ${await fixture('news', 'draft')}, data: { _status: published }) { id } }`),
  },
  {
    what: 'propose a draft for review (brouillon → en relecture)',
    allowed: staff,
    rest: async (role) => {
      const id = await fixture('news', 'draft')
      await rest(role, 'PATCH', `/api/news/${id}?draft=true`, { reviewAction: 'propose', _status: 'draft' })
      return (await reviewStateOf(id)) === 'in_review'
    },
    graphql: async (role) => {
      const id = await fixture('news', 'draft')
      await graphql(role, `mutation { updateNews(id: ${id}, data: { reviewAction: propose, _status: draft }, draft: true) { id } }`)
      return (await reviewStateOf(id)) === 'in_review'
    },
  },
  {
    what: 'send a draft in review back with a comment (→ renvoyé)',
    allowed: editors,
    rest: async (role) => {
      const id = await proposedFixture()
      await rest(role, 'PATCH', `/api/news/${id}?draft=true`, { reviewAction: 'return', review: { comment: 'À reprendre' }, _status: 'draft' })
      return (await reviewStateOf(id)) === 'returned'
    },
    graphql: async (role) => {
      const id = await proposedFixture()
      await graphql(role, `mutation { updateNews(id: ${id}, data: { reviewAction: return, review: { comment: "À reprendre" }, _status: draft }, draft: true) { id } }`)
      return (await reviewStateOf(id)) === 'returned'
    },
  },
  {
    what: 'write the review state "publié" without publishing',
    allowed: only(),
    rest: async (role) => {
      const id = await fixture('news', 'draft')
      await rest(role, 'PATCH', `/api/news/${id}?draft=true`, { reviewState: 'published', _status: 'draft' })
      return (await reviewStateOf(id)) === 'published'
    },
    graphql: async (role) => {
      const id = await fixture('news', 'draft')
      await graphql(role, `mutation { updateNews(id: ${id}, data: { reviewState: published, _status: draft }, draft: true) { id } }`)
      return (await reviewStateOf(id)) === 'published'
    },
  },
  {
    what: 'read the review fields (state, who asked, comment, who edited) of a published post',
    allowed: staff,
    rest: async (role) => {
      const body = await (await rest(role, 'GET', `/api/news/${await fixture('news', 'published')}`)).json()
      return body.reviewState !== undefined || body.review !== undefined || body.editedByName !== undefined
    },
    graphql: async (role) => {
      const query = `{ News(id: ${await fixture('news', 'published')}) { reviewState editedByName review { requestedByName comment } } }`
      const news = (await (await request.post('/api/graphql', { data: { query }, headers: auth(role) })).json()).data?.News
      // GraphQL answers a group the reader may not see with its fields null: values count, not the object.
      return Boolean(news?.reviewState || news?.editedByName || news?.review?.requestedByName || news?.review?.comment)
    },
  },
  {
    what: 'read the byline (author’s public name) of a published post',
    allowed: everyone,
    rest: async (role) => Boolean((await (await rest(role, 'GET', `/api/news/${await fixture('news', 'published')}`)).json()).byline),
    graphql: async (role) => {
      const response = await request.post('/api/graphql', { data: { query: `{ News(id: ${await fixture('news', 'published')}) { byline } }` }, headers: auth(role) })
      return Boolean((await response.json()).data?.News?.byline)
    },
  },
  {
    what: 'delete published content',
    allowed: editors,
    rest: async (role) => (await rest(role, 'DELETE', `/api/news/${await fixture('news', 'published')}`)).status() === 200,
    graphql: async (role) => graphql(role, `mutation { deleteNews(id: ${await fixture('news', 'published')}) { id } }`),
  },
  {
    what: 'delete a never-published draft',
    allowed: staff,
    rest: async (role) => (await rest(role, 'DELETE', `/api/news/${await fixture('news', 'draft')}`)).status() === 200,
    graphql: async (role) => graphql(role, `mutation { deleteNews(id: ${await fixture('news', 'draft')}) { id } }`),
  },
  {
    what: 'create a sector',
    allowed: editors,
    rest: async (role) => (await rest(role, 'POST', '/api/sectors', { title: title() })).status() === 201,
    graphql: (role) => graphql(role, `mutation { createSector(data: { title: "${title()}" }) { id } }`),
  },
  {
    what: 'read images',
    allowed: everyone,
    rest: async (role) => (await rest(role, 'GET', '/api/media?limit=1')).status() === 200,
    graphql: (role) => graphql(role, '{ allMedia(limit: 1) { totalDocs } }'),
  },
  {
    what: 'read every account (not only one’s own)',
    allowed: only('admin'),
    rest: async (role) => {
      const response = await rest(role, 'GET', '/api/users?limit=100')
      return response.status() === 200 && (await response.json()).totalDocs > 1
    },
    graphql: async (role) => {
      const response = await request.post('/api/graphql', { data: { query: '{ Users(limit: 100) { totalDocs } }' }, headers: auth(role) })
      return ((await response.json()).data?.Users?.totalDocs ?? 0) > 1
    },
  },
  {
    what: 'create an account',
    allowed: only('admin'),
    rest: async (role) =>
      (
        await rest(role, 'POST', '/api/users', {
          email: `nouveau-${Date.now()}-${Math.random()}@reperes.test`,
          password: 'mot-de-passe-nouveau',
          name: 'Nouveau',
          roles: ['contributor'],
        })
      ).status() === 201,
  },
  {
    what: 'rename a sector',
    allowed: editors,
    rest: async (role) => (await rest(role, 'PATCH', `/api/sectors/${await sectorFixture()}`, { title: title() })).status() === 200,
    graphql: async (role) => graphql(role, `mutation { updateSector(id: ${await sectorFixture()}, data: { title: "${title()}" }) { id } }`),
  },
  {
    what: 'delete a sector',
    allowed: editors,
    rest: async (role) => (await rest(role, 'DELETE', `/api/sectors/${await sectorFixture()}`)).status() === 200,
    graphql: async (role) => graphql(role, `mutation { deleteSector(id: ${await sectorFixture()}) { id } }`),
  },
  {
    what: 'upload an image',
    allowed: staff,
    rest: async (role) => (await upload(auth(role))).status() === 201,
  },
  {
    what: 'change an image’s text',
    allowed: staff,
    rest: async (role) => (await rest(role, 'PATCH', `/api/media/${await imageFixture()}`, { alt: 'Matrice, texte revu' })).status() === 200,
    graphql: async (role) => graphql(role, `mutation { updateMedia(id: ${await imageFixture()}, data: { alt: "Matrice, texte revu" }) { id } }`),
  },
  {
    what: 'delete an image',
    allowed: editors,
    rest: async (role) => (await rest(role, 'DELETE', `/api/media/${await imageFixture()}`)).status() === 200,
    graphql: async (role) => graphql(role, `mutation { deleteMedia(id: ${await imageFixture()}) { id } }`),
  },
  {
    what: 'edit one’s own name',
    allowed: staff,
    // A visitor has no account of their own: they try to rename an existing one, unsigned, and
    // must be refused as such (403), the account left as it was.
    rest: async (role) => {
      const id = await ownOrSomeId(role)
      const response = await rest(role, 'PATCH', `/api/users/${id}`, { name: `Nom ${role}` })
      if (role === 'anonymous') {
        expect(response.status(), 'an unsigned rename').toBe(403)
        expect(await storedName(id)).toBe('Matrice cible')
      }
      return response.status() === 200
    },
    graphql: async (role) => {
      const id = await ownOrSomeId(role)
      const done = await graphql(role, `mutation { updateUser(id: ${id}, data: { name: "Nom ${role}" }) { id } }`)
      if (role === 'anonymous') expect(await storedName(id)).toBe('Matrice cible')
      return done
    },
  },
  {
    what: 'edit someone else’s account',
    allowed: only('admin'),
    rest: async (role) => (await rest(role, 'PATCH', `/api/users/${await accountFixture()}`, { name: 'Matrice cible renommée' })).status() === 200,
    graphql: async (role) => graphql(role, `mutation { updateUser(id: ${await accountFixture()}, data: { name: "Matrice cible renommée" }) { id } }`),
  },
  {
    what: 'delete an account',
    allowed: only('admin'),
    rest: async (role) => (await rest(role, 'DELETE', `/api/users/${await accountFixture()}`)).status() === 200,
    graphql: async (role) => graphql(role, `mutation { deleteUser(id: ${await accountFixture()}) { id } }`),
  },
  {
    what: 'read the e-mail subscribers (personal data)',
    allowed: only('admin'),
    rest: async (role) => {
      await subscriberFixture()
      const response = await rest(role, 'GET', '/api/subscribers?limit=1')
      return response.status() === 200 && (await response.json()).totalDocs > 0
    },
    graphql: async (role) => {
      await subscriberFixture()
      return graphql(role, '{ Subscribers(limit: 1) { totalDocs } }')
    },
  },
  {
    what: 'add an e-mail subscriber through the API (visitors use the form)',
    allowed: only('admin'),
    rest: async (role) => (await rest(role, 'POST', '/api/subscribers', { email: `api-${Date.now()}-${Math.random()}@exemple.fr`, frequency: 'daily' })).status() === 201,
    graphql: (role) => graphql(role, `mutation { createSubscriber(data: { email: "gql-${Date.now()}-${Math.random()}@exemple.fr", frequency: daily, scope: all, status: pending }) { id } }`),
  },
  {
    what: 'change or delete an e-mail subscriber',
    allowed: only('admin'),
    rest: async (role) =>
      (await rest(role, 'PATCH', `/api/subscribers/${await subscriberFixture()}`, { frequency: 'daily' })).status() === 200 &&
      (await rest(role, 'DELETE', `/api/subscribers/${await subscriberFixture()}`)).status() === 200,
    graphql: async (role) => graphql(role, `mutation { deleteSubscriber(id: ${await subscriberFixture()}) { id } }`),
  },
  {
    what: 'run the jobs queue',
    allowed: only('admin'),
    rest: async (role) => (await rest(role, 'GET', '/api/payload-jobs/run')).status() === 200,
  },
]

for (const row of ROWS) {
  test(`access matrix: ${row.what}`, async () => {
    const seen: Record<string, Allowed> = { REST: {} as Allowed }
    if (row.graphql) seen.GraphQL = {} as Allowed
    for (const role of ROLES) {
      seen.REST![role] = await row.rest(role)
      if (row.graphql) seen.GraphQL![role] = await row.graphql(role)
    }
    for (const [door, result] of Object.entries(seen)) expect(result, `${row.what} through ${door}`).toEqual(row.allowed)
  })
}
