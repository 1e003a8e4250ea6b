import { type APIRequestContext, expect, test } from '@playwright/test'
import fc from 'fast-check'
import pg from 'pg'
import * as qs from 'qs-esm'

import { adminToken } from './helpers'

// Property-based: thousands of read requests drawn at random (every query parameter Payload
// reads, right and wrong values of every kind) against REST and GraphQL, as a visitor and as an
// editor. None may answer 5xx, every error carries a message, and the database is unchanged.
// The seed is fixed so CI draws the same requests each run; FC_SEED and API_FUZZ_RUNS vary them.
// Each property collects every faulty answer rather than stopping at the first, so one run
// shows the whole kind; a request that throws (a dropped connection) still fails the property.

const SEED = Number(process.env.FC_SEED ?? 20261130)
// 600 per door and role keeps CI under 30 minutes (1 000 took 133 s of its 27); API_FUZZ_RUNS=5000 for a deeper search.
const RUNS = Number(process.env.API_FUZZ_RUNS ?? 600)

type Collection = { slug: string; graphql?: { one: string; many: string; count: string; where: string; versions?: [string, string] }; fields: string[] }

const COLLECTIONS: Collection[] = [
  {
    slug: 'careers',
    graphql: { one: 'Career', many: 'Careers', count: 'countCareers', where: 'Career_where', versions: ['versionsCareers', 'versionsCareer_where'] },
    fields: ['title', 'slug', 'summary', 'synonyms', 'publishedAt', 'contentUpdatedAt', '_status', 'sectors', 'sectors.title', 'romeCodes', 'pay.beginner.min', 'pay.overall.average', 'feminineTitle', 'interests', 'accessRoutes.from', 'accessRoutes.trainings.title', 'workingConditions.places', 'prospects.hiringSectors', 'sources.title', 'heroImage', 'heroImage.alt', 'relatedCareers', 'skills.skill', 'educationLevel', 'content', 'minorCorrection'],
  },
  {
    slug: 'news',
    graphql: { one: 'News', many: 'allNews', count: 'countallNews', where: 'News_where', versions: ['versionsallNews', 'versionsNews_where'] },
    fields: ['title', 'slug', 'excerpt', 'publishedAt', 'contentUpdatedAt', '_status', 'author', 'author.name', 'sectors', 'relatedCareers', 'heroImage', 'content', 'linksToNews'],
  },
  { slug: 'sectors', graphql: { one: 'Sector', many: 'Sectors', count: 'countSectors', where: 'Sector_where' }, fields: ['title', 'slug', 'description'] },
  { slug: 'media', graphql: { one: 'Media', many: 'allMedia', count: 'countallMedia', where: 'Media_where' }, fields: ['alt', 'credit', 'filename', 'mimeType', 'filesize', 'width', 'focalX', 'sizes.card.url'] },
  { slug: 'users', graphql: { one: 'User', many: 'Users', count: 'countUsers', where: 'User_where' }, fields: ['name', 'email', 'roles', 'loginAttempts', 'lockUntil'] },
  { slug: 'subscribers', graphql: { one: 'Subscriber', many: 'Subscribers', count: 'countSubscribers', where: 'Subscriber_where' }, fields: ['email', 'status', 'frequency', 'sectors', 'sectors.title', 'confirmedAt'] },
  { slug: 'redirects', graphql: { one: 'Redirect', many: 'Redirects', count: 'countRedirects', where: 'Redirect_where' }, fields: ['from', 'to', 'to.reference', 'to.type'] },
  { slug: 'payload-jobs', graphql: { one: 'PayloadJob', many: 'PayloadJobs', count: 'countPayloadJobs', where: 'PayloadJob_where' }, fields: ['taskSlug', 'queue', 'waitUntil', 'processing', 'totalTried'] },
  { slug: 'payload-kv', fields: ['key', 'data'] },
  { slug: 'payload-preferences', fields: ['key', 'value', 'user'] },
  { slug: 'payload-locked-documents', fields: ['document', 'globalSlug', 'user'] },
]
const COMMON_FIELDS = ['id', 'createdAt', 'updatedAt', 'nope', 'title.nope', '']
const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects', 'foo', '__proto__']

// Values of every kind: numbers out of every range, dates real and impossible, text, nothing.
const scalar = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom('0', '-1', '1', '2', '1.5', '-0', '1e3', '0x10', '99999', '100000', '100001', '1000', '1001', '2147483648', '9223372036854775808', '1e308', 'NaN', 'Infinity', ' 1', '١٢'),
  fc.constantFrom('2025-11-20', '2025-11-20T23:00:00.000Z', '0000-01-01', '99999-12-31', '2025-02-30', 'demain', 'true', 'false', 'null', 'published', 'draft', 'directeur-technique', 'admin'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
)
const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'equals', '0'), scalar, { maxKeys: 2 }) })

const SOUND_OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'exists', 'greater_than', 'less_than_equal', 'like', 'contains']
/** `where` trees over these fields; GraphQL spells the combinators AND and OR. */
const whereFor = (fields: string[], combinators: [string, string] = ['and', 'or']) => {
  const path = mostly(fc.constantFrom(...fields, 'id', 'createdAt', 'updatedAt'), fc.constantFrom(...COMMON_FIELDS))
  const operator = mostly(fc.constantFrom(...SOUND_OPERATORS), fc.constantFrom(...OPERATORS))
  const condition = fc.dictionary(path, mostly(fc.dictionary(operator, value, { minKeys: 1, maxKeys: 2 }), scalar), { minKeys: 1, maxKeys: 2 })
  const { tree } = fc.letrec<{ tree: Record<string, unknown> }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      condition,
      fc.array(tie('tree'), { maxLength: 3 }).map((branches) => ({ [combinators[0]]: branches })),
      fc.array(tie('tree'), { maxLength: 3 }).map((branches) => ({ [combinators[1]]: branches })),
    ),
  }))
  return tree
}

// Mostly sound values, so that requests get past the first check and reach the database; a
// wrong one now and then.
const mostly = <T, U>(sound: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) => fc.oneof({ weight: 9, arbitrary: sound }, { weight: 1, arbitrary: wrong })
const count = (min: number, max: number) => mostly(fc.integer({ min, max }).map(String), fc.oneof(scalar, fc.constantFrom(['1', '2'], { a: '1' })))
const flag = mostly(fc.constantFrom('true', 'false'), scalar)

const restRequest = (collection: Collection) => {
  const fields = [...collection.fields, 'id', 'createdAt', 'updatedAt']
  return fc.record(
    {
      endpoint: fc.constantFrom('', '/count', '/versions', '/{id}', '/versions/{id}'),
      id: fc.oneof(fc.constantFrom('1', '2', '3'), scalar),
      query: fc.record(
        {
          page: count(1, 5),
          limit: count(0, 50),
          depth: count(0, 4),
          sort: mostly(fc.array(fc.constantFrom(...fields).chain((f) => fc.constantFrom(f, `-${f}`)), { minLength: 1, maxLength: 3 }).map((f) => f.join(',')), fc.oneof(scalar, fc.constantFrom(...COMMON_FIELDS))),
          where: mostly(fc.oneof(whereFor(collection.fields), whereFor(collection.fields).map((w) => JSON.stringify(w))), scalar),
          draft: flag,
          pagination: flag,
          trash: flag,
          locale: fc.constantFrom('fr', 'en', 'all', '*', '', 'xx'),
          'fallback-locale': fc.constantFrom('fr', 'none', 'xx'),
          select: mostly(fc.dictionary(fc.constantFrom(...fields), fc.constantFrom('true', 'false')), fc.oneof(fc.dictionary(fc.constantFrom(...fields, ...COMMON_FIELDS), scalar), scalar)),
          populate: mostly(fc.dictionary(fc.constantFrom('media', 'careers', 'sectors', 'users', 'nope'), fc.dictionary(fc.constantFrom(...fields), fc.constantFrom('true', 'false'))), scalar),
          joins: mostly(fc.constant('false'), scalar),
          data: mostly(fc.constant('{"title":"x"}'), scalar),
        },
        { requiredKeys: [] },
      ),
      // Now and then, raw text after the encoded query: stray brackets and percent signs.
      raw: fc.option(fc.stringMatching(/^[%\[\]=&a-z0-9.\-é]{1,12}$/), { freq: 5 }),
      language: fc.constantFrom(undefined, 'fr', 'en', 'en-US,en;q=0.9', 'de', '*', 'xx;;q=abc'),
      // The admin sends long queries as a POST standing for a GET, the query in a form body.
      asPost: fc.boolean(),
    },
    { requiredKeys: ['endpoint', 'id', 'query', 'raw', 'language', 'asPost'] },
  )
}

// GraphQL: typed variables of the right and wrong types, and now and then a query that is not
// GraphQL at all.
const graphqlVariables = (collection: Collection, versions: boolean) =>
  fc.record(
    {
      where: fc.oneof(
        // Well typed: a text field compared with text, so that the query reaches the database.
        fc.record({ [versions ? `version__${collection.fields[0]}` : collection.fields[0]!]: fc.constantFrom('like', 'equals', 'not_equals', 'contains').chain((operator) => fc.record({ [operator]: fc.string({ maxLength: 8 }) })) }),
        whereFor(versions ? [...collection.fields.filter((f) => !f.includes('.')).map((f) => `version__${f}`), 'parent', 'latest'] : collection.fields.filter((f) => !f.includes('.')), ['AND', 'OR']),
        scalar,
      ),
      page: mostly(fc.integer({ min: 1, max: 5 }), fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(-1, 0, 100_001), scalar)),
      limit: mostly(fc.integer({ min: 0, max: 50 }), fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.constantFrom(-1, 1001), scalar)),
      sort: mostly(fc.constantFrom(...collection.fields.filter((f) => !f.includes('.')), ...COMMON_FIELDS).chain((f) => fc.constantFrom(f, `-${f}`)), scalar),
      draft: mostly(fc.boolean(), scalar),
      pagination: mostly(fc.boolean(), scalar),
      trash: mostly(fc.boolean(), scalar),
      id: mostly(fc.integer({ min: 1, max: 12 }), fc.oneof(fc.integer({ min: -5, max: 0 }), fc.constantFrom(2 ** 31 - 1), scalar)),
    },
    { requiredKeys: ['id'] },
  )

const graphqlOperation = (collection: Collection) => {
  const g = collection.graphql!
  const list = (field: string, where: string) =>
    `query Q($where: ${where}, $page: Int, $limit: Int, $sort: String, $pagination: Boolean, $trash: Boolean) { ${field}(where: $where, page: $page, limit: $limit, sort: $sort, pagination: $pagination, trash: $trash) { totalDocs docs { id } } }`
  const shapes: [string, boolean][] = [
    [`query Q($where: ${g.where}, $page: Int, $limit: Int, $sort: String, $draft: Boolean, $pagination: Boolean, $trash: Boolean) { ${g.many}(where: $where, page: $page, limit: $limit, sort: $sort, draft: $draft, pagination: $pagination, trash: $trash) { totalDocs page docs { id } } }`, false],
    [`query Q($where: ${g.where}, $draft: Boolean, $trash: Boolean) { ${g.count}(where: $where, draft: $draft, trash: $trash) { totalDocs } }`, false],
    [`query Q($id: Int!, $draft: Boolean) { ${g.one}(id: $id, draft: $draft) { id } }`, false],
    ...(g.versions ? [[list(g.versions[0], g.versions[1]), true] as [string, boolean]] : []),
  ]
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...shapes).chain(([query, versions]) => graphqlVariables(collection, versions).map((variables) => ({ query, variables }))) },
    { weight: 1, arbitrary: fc.record({ query: fc.string({ maxLength: 40 }), variables: fc.constant({}) }) },
    { weight: 1, arbitrary: fc.record({ query: fc.constantFrom(`{ ${g.many}(page: -1) { totalDocs } }`, `{ ${g.many}(limit: -5) { totalDocs } }`, `{ ${g.many}(sort: "-nope") { totalDocs } }`), variables: fc.constant({}) }) },
  )
}

/** Every table's rows, as one checksum per table: a read must change none. */
const snapshot = async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "select format('%I.%I', table_schema, table_name) as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    )
    const sums: Record<string, string> = {}
    // The server's queue runner writes its own tables every few seconds (it queues the hourly
    // cleanup of empty drafts and records when): not a read's doing.
    for (const { name } of tables.filter(({ name }) => !['public.payload_jobs', 'public.payload_jobs_stats'].includes(name))) {
      const { rows } = await client.query<{ sum: string }>(`select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as sum from ${name} t`)
      sums[name] = rows[0]!.sum
    }
    return sums
  } finally {
    await client.end()
  }
}

type Found = { door: string; role: string; request: string; status: number; body: string }

const ROLES = ['visitor', 'editor'] as const
const tokens: Record<(typeof ROLES)[number], string | undefined> = { visitor: undefined, editor: undefined }
let api: APIRequestContext
// How many requests each door and role answered with each status, for the log.
const tried: Record<string, Record<string, number>> = {}
const reasons: Record<string, number> = {}
const tally = (door: string, role: string, status: string, body?: string) => {
  const entry = (tried[`${door} as ${role}`] ??= {})
  entry[status] = (entry[status] ?? 0) + 1
  let message: string | undefined
  try {
    message = (JSON.parse(body ?? '') as { errors?: { message?: string }[] }).errors?.[0]?.message?.slice(0, 48)
  } catch {
    return
  }
  if (!message) return
  const reason = `${door}: ${message.replace(/« [^»]* »/g, '« … »')}`
  reasons[reason] = (reasons[reason] ?? 0) + 1
}

test.describe('generated API requests', () => {
  test.beforeAll(async ({ playwright, baseURL }) => {
    const login = await playwright.request.newContext({ baseURL })
    const admin = await adminToken(login)
    const editor = { email: `editeur-fuzz-${Date.now()}@reperes.test`, password: 'mot-de-passe-fuzz', name: 'Éditeur fuzz', roles: ['editor'] }
    expect((await login.post('/api/users', { data: editor, headers: { Authorization: `JWT ${admin}` } })).status()).toBe(201)
    tokens.editor = (await (await login.post('/api/users/login', { data: editor })).json()).token
    await login.dispose()
    // No cookies: each request carries only the token of the role it stands for.
    api = await playwright.request.newContext({ baseURL })
  })

  test.afterAll(async () => {
    await api?.dispose()
    for (const [door, statuses] of Object.entries(tried))
      console.log(`Generated ${door}: ${Object.values(statuses).reduce((a, b) => a + b, 0)} requests, by answer ${JSON.stringify(statuses)}`)
    const common = Object.entries(reasons).sort((a, b) => b[1] - a[1]).slice(0, 12)
    console.log(`Most common refusals: ${common.map(([reason, count]) => `${count}× ${reason}`).join('; ')}`)
  })

  const headersFor = (role: (typeof ROLES)[number], language?: string): Record<string, string> => ({
    ...(tokens[role] ? { Authorization: `JWT ${tokens[role]}` } : {}),
    ...(language ? { 'Accept-Language': language } : {}),
  })

  /** An error body names what went wrong: Payload's `errors` list, each with a message. */
  const explained = (body: string) => {
    try {
      const errors = (JSON.parse(body) as { errors?: { message?: unknown }[] }).errors
      return Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e.message === 'string' && e.message.length > 0)
    } catch {
      return false
    }
  }

  for (const role of ROLES) {
    test(`REST reads as ${role === 'visitor' ? 'a visitor' : 'an editor'}: no 5xx, every refusal explained, database unchanged`, async () => {
      test.setTimeout(600_000)
      const before = await snapshot()
      const found: Found[] = []
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...COLLECTIONS).chain((c) => restRequest(c).map((r) => ({ c, r }))), async ({ c, r }) => {
          const path = `/api/${c.slug}${r.endpoint.replace('{id}', encodeURIComponent(r.id))}`
          const search = qs.stringify(r.query, { encode: true }) + (r.raw ? `&${r.raw}` : '')
          const url = `${path}?${search}`
          const response = r.asPost
            ? await api.post(path, {
                headers: { ...headersFor(role, r.language), 'X-Payload-HTTP-Method-Override': 'GET', 'Content-Type': 'application/x-www-form-urlencoded' },
                data: search,
                maxRedirects: 0,
              })
            : await api.get(url, { headers: headersFor(role, r.language), maxRedirects: 0 })
          const body = await response.text()
          tally('REST', role, String(response.status()), body)
          if (response.status() >= 500 || (response.status() >= 400 && response.status() !== 404 && !explained(body)))
            found.push({ door: 'REST', role, request: url, status: response.status(), body: body.slice(0, 300) })
        }),
        { seed: SEED + (role === 'editor' ? 1 : 0), numRuns: RUNS },
      )
      expect(found, JSON.stringify(found.slice(0, 20), null, 1)).toEqual([])
      expect(await snapshot()).toEqual(before)
    })

    test(`GraphQL reads as ${role === 'visitor' ? 'a visitor' : 'an editor'}: no 5xx, errors listed, database unchanged`, async () => {
      test.setTimeout(600_000)
      const before = await snapshot()
      const found: Found[] = []
      const withSchema = COLLECTIONS.filter((c) => c.graphql)
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...withSchema).chain(graphqlOperation), fc.constantFrom(undefined, 'fr', 'en'), async (operation, language) => {
          const response = await api.post('/api/graphql', { data: operation, headers: headersFor(role, language) })
          const body = await response.text()
          let parsed: { errors?: { message?: string; extensions?: { statusCode?: number } }[] } = {}
          try {
            parsed = JSON.parse(body)
          } catch {
            // Not JSON: reported below if it is not a 4xx.
          }
          const serverError = (parsed.errors ?? []).some((e) => (e.extensions?.statusCode ?? 0) >= 500)
          tally('GraphQL', role, parsed.errors?.length ? `${response.status()} with errors` : String(response.status()), body)
          if (response.status() >= 500 || serverError || (parsed.errors && !explained(body)))
            found.push({ door: 'GraphQL', role, request: JSON.stringify(operation), status: response.status(), body: body.slice(0, 300) })
        }),
        { seed: SEED + (role === 'editor' ? 3 : 2), numRuns: RUNS },
      )
      expect(found, JSON.stringify(found.slice(0, 20), null, 1)).toEqual([])
      expect(await snapshot()).toEqual(before)
    })
  }
})
