import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
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
let proxy: ChildProcess | undefined
let front = ''
let session = { token: '', cookie: '' }

beforeAll(async () => {
  await ensureDatabase(server, database)
  const env = appEnvironment({ server, database, work, admin })
  // The preview link's token derives from the app's secret, as the admin computes it.
  process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET
  await runScript('scripts/seed.ts', env)
  const reserved = await reservePort()
  // As in docker-compose: the seed migrated (the deploy step), and on publish the app has the
  // proxy fetch the changed pages again.
  app = await startApp({ ...env, MIGRATE_ON_START: 'false', PROXY_REFRESH_URL: `http://127.0.0.1:${reserved.port}`, PROXY_REFRESH_SECRET: refreshSecret })
  ;({ child: proxy, front } = await startProxy({ work: path.join(work, 'nginx'), appPorts: [app.port], reserved, refreshSecret }))
  await waitFor(`${front}/actualites`)
  session = await logIn(front, admin)
}, 240_000)

afterAll(async () => {
  await stopChild(proxy)
  await app?.stop()
  await dropDatabase(server, database)
  rmSync(work, { recursive: true, force: true })
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
// How long deploy/nginx.conf keeps a public page.
const CACHE_SECONDS = 1

/** Whether a page holds `text`, said without printing the whole page on failure. */
const expectHolds = (html: string, text: string, holds = true, label = '') =>
  expect(html.includes(text), `${label} ${holds ? 'holds' : 'does not hold'} ${JSON.stringify(text)}`.trim()).toBe(holds)

type Answer = { status: number; cache: string | null; type: string; body: string; headers: Headers }
const get = async (pathname: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const response = await fetch(`${front}${pathname}`, { headers, redirect: 'manual' })
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
    expect((await get(page)).cache).toBe('HIT')

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
    for (const end = Date.now() + 3 * CACHE_SECONDS * 1000; Date.now() < end; await pause(100)) {
      const visitor = await get(page)
      expect(visitor.status).toBe(200)
      expectHolds(visitor.body, post.title, true, `the visitor's ${visitor.cache} answer`)
      expectHolds(visitor.body, draftTitle, false, `the visitor's ${visitor.cache} answer`)
      seen.push(visitor.cache ?? '-')
      // The editor keeps previewing meanwhile.
      if (seen.length % 5 === 0) expectHolds((await get(page, asEditor(editorCookies))).body, draftTitle, true, 'the preview')
    }
    console.log(`Visitors after the preview, cache statuses: ${[...new Set(seen)].join(', ')}`)
  })

  it('never stores a page answered to a request carrying an admin session cookie', async () => {
    for (const page of ['/metiers/directeur-technique', '/actualites', '/', '/rss.xml']) {
      // A query nobody used: no copy of this address is in the cache yet.
      const address = `${page}?editeur=${randomBytes(4).toString('hex')}`
      const editor = await get(address, asEditor(session.cookie))
      expect(editor.status, address).toBe(200)
      expect(editor.cache, address).toBe('BYPASS')
      const visitor = await get(address)
      expect(visitor.cache, `${address}: the visitor's answer`).toBe('MISS')
      expect((await get(address)).cache, address).toBe('HIT')
    }
  })

  it('serves a publication, on its page and in /rss.xml, within 15 s', async () => {
    const post = await publishedPost(`Forum de l’alternance ${Date.now()}`)
    const page = `/actualites/${post.slug}`
    const delays: number[] = []
    for (let run = 1; run <= 3; run += 1) {
      // Visitors have the current version in the proxy's cache.
      await get(page)
      await get('/rss.xml')
      expect((await get(page)).cache).toBe('HIT')
      const title = `Forum de l’alternance, édition ${run} ${Date.now()}`
      const started = Date.now()
      await api('PATCH', `/news/${post.id}`, { title })
      let shown = false
      while (!shown && Date.now() - started < 15_000) {
        shown = (await get(page)).body.includes(title) && (await get('/rss.xml')).body.includes(title)
        if (!shown) await pause(50)
      }
      expect(shown, `edition ${run} not served by the proxy 15 s after the publish`).toBe(true)
      delays.push(Date.now() - started)
    }
    console.log(`Publish → served by the proxy (page and /rss.xml): ${delays.join(', ')} ms`)
  })

  it('passes on the app’s security headers: on answers it fetched, on answers from its cache, and on the admin and the API', async () => {
    const names = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy', 'strict-transport-security']
    const headersOf = (headers: Headers) => Object.fromEntries(names.map((name) => [name, headers.get(name)]))
    for (const page of ['/', '/metiers/directeur-technique', '/actualites', '/rss.xml', '/metiers/nulle-part', '/recherche?q=technicien']) {
      const direct = headersOf((await fetch(`${app!.base}${page}`)).headers)
      // The app sets every one of them: what the proxy must keep.
      expect(Object.entries(direct).filter(([, value]) => !value), page).toEqual([])
      // An address no copy exists for yet: fetched from the app, then served from the cache.
      const address = `${page}${page.includes('?') ? '&' : '?'}en-tetes=${randomBytes(4).toString('hex')}`
      const fetched = await get(address)
      const cached = await get(address)
      expect([fetched.cache, cached.cache], address).toEqual(['MISS', 'HIT'])
      expect(headersOf(fetched.headers), `${address} (MISS)`).toEqual(direct)
      expect(headersOf(cached.headers), `${address} (HIT)`).toEqual(direct)
      // The address itself once its copy expired, refreshed in the background meanwhile.
      await pause(CACHE_SECONDS * 1000 + 100)
      for (let n = 0; n < 3; n += 1) {
        const answer = await get(page)
        expect(headersOf(answer.headers), `${page} (${answer.cache})`).toEqual(direct)
      }
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
      return `${final.pathname}${final.search}`
    }
    const expectDocuments = async (addresses: string[], label: string) => {
      for (const address of addresses) {
        const visitor = await get(address)
        expect(isDocument(visitor), `${address} ${label} (${visitor.cache}): ${visitor.status} ${visitor.type} ${visitor.body.slice(0, 80)}`).toBe(true)
      }
    }
    for (const variant of variants) {
      for (const page of pages) {
        const label = `after ${JSON.stringify(variant)}`
        // On addresses no one asked for yet: the router's answer is the first copy there.
        const fresh = `${page}?v=${randomBytes(4).toString('hex')}`
        const routed = await routerRequest(fresh, variant)
        await expectDocuments([routed, fresh, routed], label)
        // On the page's own address, once its copy has expired.
        await pause(CACHE_SECONDS * 1000 + 100)
        const routedPage = await routerRequest(page, variant)
        await expectDocuments([page, routedPage, page], label)
      }
    }
    // The requests carrying RSC did reach Next as router requests: it answered them with its payload.
    expect(notRouted).toEqual([])
  })
})
