import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { dropDatabase, ensureDatabase } from '@/scripts/databases'
import { type App, appEnvironment, runScript, startApp, visitors } from './harness'

// Visitors at 50 connections while an editor publishes 40 posts (four pages of news), one a second at most, against
// the app as `npm start` runs it and a real PostgreSQL: nothing fails, nothing is lost or doubled.
const POSTS = Number(process.env.RESILIENCE_POSTS || 40)
const server = process.env.DATABASE_URL!
const database = process.env.RESILIENCE_DATABASE || `reperes_test_res_${Date.now().toString(36)}`
const work = mkdtempSync(path.join(tmpdir(), 'reperes-writes-'))
let app: App | undefined

afterAll(async () => {
  await app?.stop()
  await dropDatabase(server, database)
  rmSync(work, { recursive: true, force: true })
})

const slugsOn = (html: string) => new Set([...html.matchAll(/href="\/actualites\/([a-z0-9-]+)"/g)].map((match) => match[1]!))

describe('mixed traffic with writes', () => {
  it(`serves visitors while an editor publishes ${POSTS} posts, one a second, with no error, no lost and no doubled post`, async () => {
    await ensureDatabase(server, database)
    const admin = { email: 'charge@reperes.test', password: randomBytes(12).toString('base64url') }
    const env = appEnvironment({ server, database, work, admin })
    await runScript('scripts/seed.ts', env)
    app = await startApp(env)
    const { base } = app
    const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    const { token } = (await login.json()) as { token: string }

    // Every one of them exists from the start (a second page of news would not, at first).
    const paths = ['/', '/actualites', '/abonnement', '/metiers/directeur-technique', '/metiers', '/rss.xml', '/recherche?q=salon', '/recherche/suggestions?q=dir']
    let turn = 0
    const load = visitors(50, () => `${base}${paths[turn++ % paths.length]}`)

    const marker = `Charge ${Date.now().toString(36)}`
    const published: { title: string; status: number; id?: number }[] = []
    const started = Date.now()
    // A fixed number of posts, one a second at most: a busy machine takes longer, never fewer.
    for (let n = 1; n <= POSTS; n += 1) {
      const sent = Date.now()
      const title = `${marker} n°${n}`
      const response = await fetch(`${base}/api/news`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title, excerpt: `Publication ${n} pendant la charge.`, _status: 'published' }),
      })
      const body = (await response.json()) as { doc?: { id: number } }
      published.push({ title, status: response.status, id: body.doc?.id })
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - sent))))
    }
    const samples = await load.stop()
    const seconds = (Date.now() - started) / 1000

    const failures = samples.filter((sample) => sample.status === 0 || sample.status >= 500)
    console.log(`Writes test: ${samples.length} visitor requests in ${Math.round(seconds)} s (${Math.round(samples.length / seconds)} req/s), ${failures.length} failed; ${POSTS} publishes`)
    expect(failures.slice(0, 5).map((f) => `${f.status} ${f.url} ${f.body.slice(0, 200)}`), app.log()).toEqual([])
    expect(samples.filter((sample) => sample.status !== 200).slice(0, 5).map((s) => `${s.status} ${s.url}`)).toEqual([])
    expect(published.filter((post) => post.status !== 201)).toEqual([])

    // In the database: each post once, published.
    const client = new pg.Client({ connectionString: env.DATABASE_URL })
    await client.connect()
    const { rows } = await client.query<{ title: string; slug: string; n: number }>(
      `select title, slug, count(*) over (partition by title)::int as n from news where title like $1 and _status = 'published' order by published_at desc, id desc`,
      [`${marker} %`],
    )
    await client.end()
    expect(rows.map((row) => row.title).sort()).toEqual(published.map((post) => post.title).sort())
    expect(rows.every((row) => row.n === 1)).toBe(true)

    // In the list: every post on exactly one page.
    const pages: Set<string>[] = []
    for (let page = 1; page <= 50; page += 1) {
      const response = await fetch(`${base}/actualites${page > 1 ? `/page/${page}` : ''}`)
      if (response.status === 404) break
      expect(response.status).toBe(200)
      const slugs = slugsOn(await response.text())
      if (!rows.some((row) => slugs.has(row.slug))) break
      pages.push(slugs)
    }
    for (const row of rows) expect(pages.filter((slugs) => slugs.has(row.slug)), row.slug).toHaveLength(1)

    // Edits of a page many visitors are reading: renders run all the time, also while the edit
    // commits; each edit must still show, and stay (an old copy cached at the wrong moment would not).
    const hot = rows[0]!
    const hotId = published.find((post) => post.title === hot.title)!.id!
    const readers = visitors(20, () => `${base}/actualites/${hot.slug}`)
    const delays: number[] = []
    for (let edit = 1; edit <= 15; edit += 1) {
      const title = `${marker} édité ${edit}`
      const started = Date.now()
      const saved = await fetch(`${base}/api/news/${hotId}`, { method: 'PATCH', headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ title }) })
      expect(saved.status).toBe(200)
      while (!(await (await fetch(`${base}/actualites/${hot.slug}`)).text()).includes(title)) {
        // Generous: only an edit that never shows (a lost revalidation) takes this long.
        expect(Date.now() - started, `edit ${edit} still not visible`).toBeLessThan(30_000)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      delays.push(Date.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await (await fetch(`${base}/actualites/${hot.slug}`)).text(), `edit ${edit} reverted`).toContain(title)
    }
    await readers.stop()
    console.log(`Edits of a page read by 20 connections, visible after: ${delays.join(', ')} ms`)
    hot.title = `${marker} édité 15`

    // In the feed (50 items): the newest of them, in order, each once.
    const feed = await (await fetch(`${base}/rss.xml`)).text()
    const links = [...feed.matchAll(/<link>[^<]*\/actualites\/([a-z0-9-]+)<\/link>/g)].map((match) => match[1]!)
    const newest = rows.slice(0, 50).map((row) => row.slug)
    expect(links.slice(0, newest.length)).toEqual(newest)
    expect(new Set(links).size).toBe(links.length)
  }, 600_000) // generous: a busy machine saves slower, and that is the bench's to measure
})
