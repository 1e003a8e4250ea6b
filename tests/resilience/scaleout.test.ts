import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@redis/client'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { dropDatabase, ensureDatabase } from '@/scripts/databases'
import { freePort } from '@/scripts/freePort'
import { startLocalNginx } from '@/scripts/localNginx'
import { type App, appEnvironment, closePayload, localPayload, runScript, scheduleDrafts, scheduledPublications, startApp, visitors, waitFor } from './harness'

// Two app servers (`npm start` twice) on one PostgreSQL and the machine's Redis, behind the
// proxy docker-compose ships: one of them warms the shared cache for both, a publish on one
// shows on the other's cached pages, scheduled publications run once, and losing a server
// mid-load costs visitors nothing.
const server = process.env.DATABASE_URL!
const database = `${process.env.RESILIENCE_DATABASE || `reperes_test_res_${Date.now().toString(36)}`}_scale`
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
const keyPrefix = `reperes-test-${Date.now().toString(36)}:`
const work = mkdtempSync(path.join(tmpdir(), 'reperes-scale-'))
const admin = { email: 'deux@reperes.test', password: randomBytes(12).toString('base64url') }
const apps: App[] = []
let proxy: ReturnType<typeof startLocalNginx> | undefined
let payload: Payload | undefined

afterAll(async () => {
  proxy?.kill('SIGTERM')
  for (const app of apps) await app.stop()
  await closePayload(payload)
  await dropDatabase(server, database)
  const redis = createClient({ url: redisUrl })
  await redis.connect()
  for await (const keys of redis.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) if (keys.length) await redis.del(keys)
  await redis.quit()
  rmSync(work, { recursive: true, force: true })
})

const login = async (base: string) => {
  const response = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  return ((await response.json()) as { token: string }).token
}
const shows = async (url: string, text: string) => (await (await fetch(url)).text()).includes(text)

describe('two app servers', () => {
  it('warm the shared cache once, show a publish on A on B, run each scheduled job once, and survive losing one', async () => {
    await ensureDatabase(server, database)
    const env = {
      ...appEnvironment({ server, database, work, admin }),
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: keyPrefix,
      // Both servers run the jobs queue, every second.
      JOBS_RUN_EVERY_SECONDS: '1',
    }
    await runScript('scripts/seed.ts', env)
    // B reads through a "replica": the same database under another application name, which
    // shows whether its reads take the replica path (DATABASE_READ_REPLICA_URLS). Neither
    // server migrates: the seed did, as a deploy step would.
    const replicaUrl = `${env.DATABASE_URL}?application_name=reperes_replica`
    // Started together, as a deploy starts them.
    apps.push(...(await Promise.all([startApp({ ...env, MIGRATE_ON_START: 'false' }), startApp({ ...env, MIGRATE_ON_START: 'false', DATABASE_READ_REPLICA_URLS: replicaUrl })])))
    const [a, b] = apps as [App, App]
    // Started together on a new build: one of them warms the shared cache, for both.
    const warmed = (app: App) => /Cache warmed: [1-9]\d* pages/.test(app.log())
    const waitStarted = Date.now()
    while (!warmed(a) && !warmed(b)) {
      expect(Date.now() - waitStarted, 'no server warmed the cache').toBeLessThan(60_000)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000)) // the other one, had it started warming too
    expect([warmed(a), warmed(b)].filter(Boolean)).toHaveLength(1)
    const warmer = warmed(a) ? a : b
    const other = warmer === a ? b : a
    // Pages the harness's readiness check never asked for (it waits for /actualites).
    for (const path of ['/', '/metiers', '/sitemap.xml'])
      expect((await fetch(`${other.base}${path}`)).headers.get('x-nextjs-cache'), `${path} on the server that did not warm`).toBe('HIT')

    const token = await login(a.base)
    const headers = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }

    // Publish on A, read on B: the post page, the lists that show it and the feed.
    const sectors = (await (await fetch(`${a.base}/api/sectors?limit=1&depth=0`)).json()) as { docs: { id: number; slug: string }[] }
    const sector = sectors.docs[0]!
    expect((await fetch(`${b.base}/sitemap.xml`)).status).toBe(200) // B holds the sitemap too
    const created = await fetch(`${a.base}/api/news`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: `Deux serveurs ${Date.now()}`, excerpt: 'x', sectors: [sector.id], _status: 'published' }),
    })
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    const sitemapStarted = Date.now()
    while (!(await shows(`${b.base}/sitemap.xml`, `/actualites/${doc.slug}<`))) {
      expect(Date.now() - sitemapStarted, 'the new post not in B’s sitemap').toBeLessThan(30_000)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const pages = [`/actualites/${doc.slug}`, '/', '/actualites', `/secteurs/${sector.slug}`, '/rss.xml'].map((path) => `${b.base}${path}`)
    const latencies: number[] = []
    for (let run = 1; run <= 10; run += 1) {
      // B holds them in the shared cache, as visitors left them (the feed is a handler over a cached document).
      for (const page of pages) {
        await fetch(page)
        if (!page.endsWith('/rss.xml')) expect((await fetch(page)).headers.get('x-nextjs-cache'), page).toBe('HIT')
      }
      const title = `Deux serveurs, édition ${run} ${Date.now()}`
      const started = Date.now()
      expect((await fetch(`${a.base}/api/news/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify({ title }) })).status).toBe(200)
      for (const page of pages)
        while (!(await shows(page, title))) {
          expect(Date.now() - started, `edition ${run} not visible on B at ${page}`).toBeLessThan(30_000)
          await new Promise((resolve) => setTimeout(resolve, 10))
        }
      latencies.push(Date.now() - started)
    }
    // How fast is the bench's business (`npm run bench`); here each edition had to show on B.
    console.log(`Publish on A → visible on B (post, home, /actualites, sector page, /rss.xml): ${latencies.join(', ')} ms`)

    // Scheduled publications, with both servers running the queue every second.
    payload = await localPayload(env)
    const drafts = await scheduleDrafts(payload, 12, new Date(Date.now() + 3_000))
    expect(await scheduledPublications(env.DATABASE_URL, drafts)).toEqual(drafts.map(() => 1))

    // Through the proxy, visitors asking for pages no cache holds; A goes away mid-load.
    const proxyPort = await freePort()
    proxy = startLocalNginx({ work: path.join(work, 'nginx'), appPorts: [a.port, b.port], proxyPort, refreshSecret: randomBytes(16).toString('hex') })
    const front = `http://127.0.0.1:${proxyPort}`
    await waitFor(`${front}/actualites`)
    let counter = 0
    const load = visitors(20, () => `${front}/recherche?q=${encodeURIComponent(`technicien ${counter++}`)}`)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const killedAt = Date.now()
    a.crash()
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    const samples = await load.stop()
    const after = samples.filter((sample) => sample.at > killedAt)
    const failed = samples.filter((sample) => sample.status !== 200)
    console.log(`Losing A under load: ${samples.length} requests, ${after.length} after the kill, ${failed.length} not 200`)
    // Visitors kept being answered well after A went away (how many is the machine's business).
    expect(after.filter((sample) => sample.at > killedAt + 3_000).length).toBeGreaterThan(0)
    expect(failed.map((sample) => `${sample.status} ${sample.url}`).slice(0, 5)).toEqual([])
    expect(b.process.exitCode).toBeNull()
    const replicaCheck = new pg.Client({ connectionString: env.DATABASE_URL })
    await replicaCheck.connect()
    const replica = await replicaCheck.query(`select count(*)::int as n from pg_stat_activity where datname = $1 and application_name = 'reperes_replica'`, [database])
    await replicaCheck.end()
    expect(replica.rows[0].n).toBeGreaterThan(0)
  })
})
