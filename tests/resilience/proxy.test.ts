import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previewToken } from '@/payload/preview/previewUrl'
import { dropDatabase, ensureDatabase } from '@/scripts/databases'
import { type App, appEnvironment, cookiesFrom, logIn, reservePort, runScript, startApp, startProxy, stopChild, waitFor } from './harness'

// The proxy docker-compose ships (deploy/nginx.conf) in front of one app server as `npm start`
// runs it: what it must never keep (drafts, editors' pages, Next's RSC answers in place of
// HTML), what it must pass on (the security headers), and that a publish reaches it.
const server = process.env.DATABASE_URL!
const database = `${process.env.RESILIENCE_DATABASE || `reperes_test_res_${Date.now().toString(36)}`}_proxy`
const work = mkdtempSync(path.join(tmpdir(), 'reperes-proxy-'))
const admin = { email: 'proxy@reperes.test', password: randomBytes(12).toString('base64url') }
const refreshSecret = randomBytes(16).toString('hex')
let app: App | undefined
const proxies: ChildProcess[] = []
// The proxy as shipped, and the same one keeping pages 10 minutes: there, a copy changes only
// when the app refreshes it, and a second visitor's HIT can only be the copy the first one left.
let front = ''
let lasting = ''
let session = { token: '', cookie: '' }

beforeAll(async () => {
  await ensureDatabase(server, database)
  const env = appEnvironment({ server, database, work, admin })
  // The preview link's token derives from the app's secret, as the admin computes it.
  process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET
  await runScript('scripts/seed.ts', env)
  const reserved = await reservePort()
  const reservedLasting = await reservePort()
  // As in docker-compose: the seed migrated (the deploy step), and on publish the app has the
  // proxy fetch the changed pages again; the one whose copies would not expire meanwhile.
  app = await startApp({ ...env, MIGRATE_ON_START: 'false', PROXY_REFRESH_URL: `http://127.0.0.1:${reservedLasting.port}`, PROXY_REFRESH_SECRET: refreshSecret })
  for (const [reservation, pageLifetime] of [[reserved], [reservedLasting, '10m']] as const) {
    const started = await startProxy({ work: path.join(work, `nginx-${pageLifetime ?? 'shipped'}`), appPorts: [app.port], reserved: reservation, refreshSecret, pageLifetime })
    proxies.push(started.child)
    if (pageLifetime) lasting = started.front
    else front = started.front
  }
  await waitFor(`${front}/actualites`)
  session = await logIn(front, admin)
}, 240_000)

afterAll(async () => {
  for (const proxy of proxies) await stopChild(proxy)
  await app?.stop()
  await dropDatabase(server, database)
  rmSync(work, { recursive: true, force: true })
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** How long deploy/nginx.conf keeps a public page: the expiry the tests on the shipped proxy go past. */
const CACHE_SECONDS = (() => {
  const lifetime = /proxy_cache_valid 200 301 302 404 (\d+)s;/.exec(readFileSync('deploy/nginx.conf', 'utf8'))
  if (!lifetime) throw new Error('deploy/nginx.conf: no page lifetime in seconds (proxy_cache_valid 200 301 302 404 <n>s;)')
  return Number(lifetime[1])
})()
// nginx dates copies in whole seconds: one kept N seconds can still be fresh N s 999 ms after it was stored.
const EXPIRY_MS = (CACHE_SECONDS + 1) * 1000 + 100
// nginx's X-Cache-Status for an answer taken from a stored copy (fresh, or expired and served
// while one request refreshes it), and for one whose copy had expired. On a busy machine more
// than a second can pass between two requests: a copy a test just stored may already be stale.
const FROM_CACHE = ['HIT', 'STALE', 'UPDATING']
const EXPIRED = ['STALE', 'UPDATING', 'EXPIRED']
/** An answer from an expired copy, then a HIT: the copy its refresh stored. */
const expiredThenRefreshed = (statuses: (string | null)[]) => {
  const expired = statuses.findIndex((status) => EXPIRED.includes(status ?? ''))
  return expired >= 0 && statuses.slice(expired + 1).includes('HIT')
}

/** Whether a page holds `text`, said without printing the whole page on failure. */
const expectHolds = (html: string, text: string, holds = true, label = '') =>
  expect(html.includes(text), `${label} ${holds ? 'holds' : 'does not hold'} ${JSON.stringify(text)}`.trim()).toBe(holds)

type Answer = { status: number; cache: string | null; type: string; body: string; headers: Headers }
const get = async (pathname: string, headers: Record<string, string> = {}, through = front): Promise<Answer> => {
  const response = await fetch(`${through}${pathname}`, { headers, redirect: 'manual' })
  return { status: response.status, cache: response.headers.get('x-cache-status'), type: response.headers.get('content-type') ?? '', body: await response.text(), headers: response.headers }
}

const api = async (method: string, pathname: string, body: unknown) => {
  const response = await fetch(`${front}/api${pathname}`, {
    method,
    headers: { Authorization: `JWT ${session.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  expect(response.status, text).toBeLessThan(300)
  return (JSON.parse(text) as { doc: { id: number; slug: string; title: string } }).doc
}

const publishedPost = (title: string) => api('POST', '/news', { title, excerpt: 'Version en ligne.', _status: 'published' })

// A browser sends its cookies with Sec-Fetch-Site on a navigation; Payload's CSRF check reads it.
const asEditor = (cookie: string) => ({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })

describe('the proxy in front of the app (deploy/nginx.conf)', () => {
  it('shows an editor the draft in preview without storing it: visitors keep getting the published post', async () => {
    const post = await publishedPost(`Salon des métiers d’art ${Date.now()}`)
    const draftTitle = `BROUILLON NON PUBLIÉ ${Date.now()}`
    await api('PATCH', `/news/${post.id}?draft=true`, { title: draftTitle })
    const page = `/actualites/${post.slug}`

    // The public copy is in the proxy's cache when the editor arrives.
    expectHolds((await get(page)).body, post.title)
    const cached = await get(page)
    expect(FROM_CACHE, `the second visitor's answer (${cached.cache})`).toContain(cached.cache)
    expectHolds(cached.body, post.title, true, `the visitor's ${cached.cache} answer`)

    const previewed = await fetch(`${front}/apercu?collection=news&slug=${post.slug}&token=${previewToken()}`, { headers: asEditor(session.cookie), redirect: 'manual' })
    expect(previewed.status, await previewed.text()).toBe(307)
    const draftCookie = cookiesFrom(previewed)
    expect(draftCookie).toContain('__prerender_bypass=')
    const editorCookies = `${session.cookie}; ${draftCookie}`

    const preview = await get(page, asEditor(editorCookies))
    expectHolds(preview.body, draftTitle, true, 'the preview')
    expect(preview.cache).toBe('BYPASS')

    // Right after, and once the cached copy has expired and is refreshed (stale answers and
    // background updates included), visitors get the published version only.
    const seen: string[] = []
    const started = Date.now()
    // Until the copy has expired and one refreshed after the preview is served.
    while (Date.now() - started < 3 * CACHE_SECONDS * 1000 || (!expiredThenRefreshed(seen) && Date.now() - started < 30_000)) {
      const visitor = await get(page)
      expect(visitor.status).toBe(200)
      expectHolds(visitor.body, post.title, true, `the visitor's ${visitor.cache} answer`)
      expectHolds(visitor.body, draftTitle, false, `the visitor's ${visitor.cache} answer`)
      seen.push(visitor.cache ?? '-')
      // The editor keeps previewing meanwhile.
      if (seen.length % 5 === 0) expectHolds((await get(page, asEditor(editorCookies))).body, draftTitle, true, 'the preview')
      await pause(100)
    }
    console.log(`Visitors after the preview, ${Date.now() - started} ms, cache statuses: ${seen.join(' ')}`)
    expect(expiredThenRefreshed(seen), `the visitors' copy expired, then a refreshed copy was served (statuses: ${seen.join(' ')})`).toBe(true)
  })

  it('never stores a page answered to a request carrying an admin session cookie', async () => {
    for (const page of ['/metiers/directeur-technique', '/actualites', '/', '/rss.xml']) {
      // A query nobody used: no copy of this address is in the cache yet.
      const address = `${page}?editeur=${randomBytes(4).toString('hex')}`
      const editor = await get(address, asEditor(session.cookie), lasting)
      expect(editor.status, address).toBe(200)
      expect(editor.cache, address).toBe('BYPASS')
      const visitor = await get(address, {}, lasting)
      expect(visitor.cache, `${address}: the visitor's answer`).toBe('MISS')
      // The address is one the proxy does store: the visitor's copy is there for the next one.
      expect((await get(address, {}, lasting)).cache, address).toBe('HIT')
    }
  })

  it('replaces its copies of a post’s page and of /rss.xml within 15 s of a publish, where it would otherwise keep them 10 minutes', async () => {
    const post = await publishedPost(`Forum de l’alternance ${Date.now()}`)
    const page = `/actualites/${post.slug}`
    const delays: string[] = []
    for (let run = 1; run <= 3; run += 1) {
      // Visitors have the current version in the proxy's cache.
      for (const address of [page, '/rss.xml']) {
        await get(address, {}, lasting)
        expect((await get(address, {}, lasting)).cache, address).toBe('HIT')
      }
      const title = `Forum de l’alternance, édition ${run} ${Date.now()}`
      const started = Date.now()
      await api('PATCH', `/news/${post.id}`, { title })
      // The app refreshes the proxy once its answer is sent: counted from there.
      const answered = Date.now()
      let shown: Answer[] = []
      while (shown.length === 0 && Date.now() - answered < 15_000) {
        const answers = [await get(page, {}, lasting), await get('/rss.xml', {}, lasting)]
        if (answers.every((answer) => answer.body.includes(title))) shown = answers
        else await pause(50)
      }
      expect(shown.length, `edition ${run} not served by the proxy 15 s after the publish answered`).toBe(2)
      // From the copies the refresh stored, not fetched past the cache.
      expect(shown.map((answer) => answer.cache)).toEqual(['HIT', 'HIT'])
      delays.push(`${Date.now() - answered} (save ${answered - started})`)
    }
    console.log(`Publish answered → served by the proxy keeping pages 10 min (page and /rss.xml): ${delays.join(', ')} ms`)
  })

  it('passes on the app’s security headers: on answers it fetched, on answers from its cache (fresh, expired, refreshed in the background), and on the admin and the API', async () => {
    const names = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy', 'strict-transport-security']
    const headersOf = (headers: Headers) => Object.fromEntries(names.map((name) => [name, headers.get(name)]))
    const stored: { address: string; direct: Record<string, string | null> }[] = []
    let lastStoredAt = 0
    for (const page of ['/', '/metiers/directeur-technique', '/actualites', '/rss.xml', '/metiers/nulle-part', '/recherche?q=technicien']) {
      const direct = headersOf((await fetch(`${app!.base}${page}`)).headers)
      // The app sets every one of them: what the proxy must keep.
      expect(Object.entries(direct).filter(([, value]) => !value), page).toEqual([])
      // An address no copy exists for yet: fetched from the app, then served from the cache.
      const address = `${page}${page.includes('?') ? '&' : '?'}en-tetes=${randomBytes(4).toString('hex')}`
      const fetched = await get(address)
      expect(fetched.cache, address).toBe('MISS')
      expect(headersOf(fetched.headers), `${address} (MISS)`).toEqual(direct)
      const cached = await get(address)
      lastStoredAt = Date.now()
      expect(FROM_CACHE, `${address}: the second answer`).toContain(cached.cache)
      expect(headersOf(cached.headers), `${address} (${cached.cache})`).toEqual(direct)
      stored.push({ address, direct })
    }
    // One wait for (nearly) every copy to expire, then each address until an answer from its
    // expired copy and one from the copy refreshed in the background: a second answer that was
    // already stale (a slow machine) started a refresh, whose copy may still be fresh here.
    await pause(lastStoredAt + EXPIRY_MS - Date.now())
    for (const { address, direct } of stored) {
      const statuses: (string | null)[] = []
      for (const end = Date.now() + 15_000; !expiredThenRefreshed(statuses) && Date.now() < end; await pause(50)) {
        const answer = await get(address)
        statuses.push(answer.cache)
        expect(headersOf(answer.headers), `${address} (${answer.cache})`).toEqual(direct)
      }
      expect(expiredThenRefreshed(statuses), `${address}: answered from its expired copy, then from the refreshed one (${statuses.join(' ')})`).toBe(true)
    }
    // Where nothing is cached (the admin, the API), the same.
    for (const page of ['/admin/login', '/api/news?limit=1']) {
      const direct = headersOf((await fetch(`${app!.base}${page}`)).headers)
      expect(headersOf((await get(page)).headers), page).toEqual(direct)
    }
  })

  it('gives visitors the HTML page after requests carrying Next’s router headers', async () => {
    // A visitor on the home page following a link: the router sends the tree it is showing.
    const tree = encodeURIComponent(JSON.stringify(['', { children: ['(frontend)', { children: ['__PAGE__', {}] }] }]))
    const variants: Record<string, string>[] = [
      { RSC: '1' },
      { RSC: '1', 'Next-Router-Prefetch': '1' },
      { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
      { RSC: '1', 'Next-Router-State-Tree': tree },
      { RSC: '1', 'Next-Url': '/metiers' },
      { 'Next-Router-Prefetch': '1' },
      { 'Next-Router-State-Tree': tree },
      { 'Next-Url': '/metiers' },
      { Accept: 'text/x-component' },
    ]
    const isDocument = (answer: Answer) => answer.status === 200 && answer.type.startsWith('text/html') && /^<!DOCTYPE html><html/i.test(answer.body)
    const pages = ['/', '/metiers/directeur-technique', '/actualites', '/metiers']
    const notRouted: string[] = []
    // As Next's router asks: with the headers, at the address Next redirects such a request to
    // (a `_rsc` parameter derived from them), which shares its cache key with the HTML there.
    const routerRequest = async (address: string, variant: Record<string, string>) => {
      const response = await fetch(`${front}${address}`, { headers: variant })
      if (variant.RSC && !(response.headers.get('content-type') ?? '').startsWith('text/x-component'))
        notRouted.push(`${address} ${JSON.stringify(variant)}: ${response.status} ${response.headers.get('content-type')} at ${response.url}`)
      await response.arrayBuffer()
      const final = new URL(response.url)
      return { address: `${final.pathname}${final.search}`, cache: `${response.redirected ? 'redirected ' : ''}${response.headers.get('x-cache-status')}` }
    }
    const expectDocuments = async (addresses: string[], label: string) => {
      for (const address of addresses) {
        const visitor = await get(address)
        expect(isDocument(visitor), `${address} ${label} (${visitor.cache}): ${visitor.status} ${visitor.type} ${visitor.body.slice(0, 80)}`).toBe(true)
      }
    }
    // Each variant on each page at two addresses no one asked for yet (a query of their own):
    // one where the router's answer is the first copy, one where a visitor's HTML copy has
    // expired when the router's request arrives (nginx then refreshes it in the background,
    // with the router's headers). Visitors' copies first, so one wait covers every expiry.
    const cases = variants.flatMap((variant) =>
      pages.map((page) => ({ variant, label: `after ${JSON.stringify(variant)}`, fresh: `${page}?v=${randomBytes(4).toString('hex')}`, expiring: `${page}?e=${randomBytes(4).toString('hex')}` })),
    )
    for (const { expiring } of cases) await expectDocuments([expiring], 'a visitor first')
    const expiresAt = Date.now() + EXPIRY_MS
    const routed: string[] = []
    for (const { variant, label, fresh } of cases) {
      const { address } = await routerRequest(fresh, variant)
      routed.push(address)
      await expectDocuments([address, fresh, address], label)
    }
    await pause(expiresAt - Date.now())
    const statuses: string[] = []
    for (const { variant, label, expiring } of cases) {
      const { address, cache } = await routerRequest(expiring, variant)
      statuses.push(cache)
      routed.push(address)
      await expectDocuments([expiring, address, expiring], label)
    }
    console.log(`Router requests at expired copies, cache statuses: ${statuses.join(', ')}`)
    // A router request nginx did not redirect met the expired copy (STALE), or passed it by (MISS).
    expect(statuses.filter((status) => status === 'HIT')).toEqual([])
    // Background updates the router's requests started have had time to store what they got.
    await expectDocuments([...cases.flatMap(({ fresh, expiring }) => [fresh, expiring]), ...routed], 'at the end')
    // The requests carrying RSC did reach Next as router requests: it answered them with its payload.
    expect(notRouted).toEqual([])
  })
})
