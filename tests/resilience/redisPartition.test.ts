import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@redis/client'
import { afterAll, describe, expect, it } from 'vitest'

import { dropDatabase, ensureDatabase } from '@/scripts/databases'
import { type App, appEnvironment, type Cable, logIn, type Redis, runScript, startApp, startCable, startRedis } from './harness'

// Two app servers reach their shared page cache through a cable this test cuts: Redis is
// unreachable when they start, then reachable, then cut off while an editor publishes on A, and
// Redis keeps its data all along (a partition, not a restart); then Redis hangs (SIGSTOP) during
// another publish. The decision under test
// (cache-handler.mjs): serve throughout, then empty what Redis may hold stale before using it again.
const server = process.env.DATABASE_URL!
const database = `${process.env.RESILIENCE_DATABASE || `reperes_test_res_${Date.now().toString(36)}`}_partition`
const work = mkdtempSync(path.join(tmpdir(), 'reperes-partition-'))
const admin = { email: 'coupure@reperes.test', password: randomBytes(12).toString('base64url') }
const keyPrefix = 'reperes-partition:'
let redis: Redis | undefined
let cable: Cable | undefined
const apps: App[] = []

afterAll(async () => {
  for (const app of apps) await app.stop()
  await cable?.close()
  await redis?.stop()
  await dropDatabase(server, database)
  rmSync(work, { recursive: true, force: true })
})

const text = async (url: string) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000) })
  return { status: response.status, body: await response.text() }
}

/** Milliseconds until `check` holds, polled every 50 ms; throws after `limitMs`. */
const until = async (what: string, check: () => Promise<boolean>, limitMs: number) => {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > limitMs) throw new Error(`${what}: not after ${limitMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return Date.now() - started
}

describe('the shared page cache cut off from its servers', () => {
  it('serves while Redis is unreachable or hung, uses it once reachable, and shows a publish made during a cut or a hang on the other server once Redis is back', async () => {
    redis = await startRedis()
    cable = await startCable({ host: '127.0.0.1', port: Number(new URL(redis.url).port) })
    const probe = createClient({ url: redis.url })
    probe.on('error', () => {})
    await probe.connect()
    const cachedKeys = async () => (await probe.keys(`${keyPrefix}*`)).length
    try {
      await ensureDatabase(server, database)
      const env = { ...appEnvironment({ server, database, work, admin }), REDIS_URL: cable.url, REDIS_KEY_PREFIX: keyPrefix }
      await runScript('scripts/seed.ts', env)

      // Down at start: both servers start and answer.
      await cable.cut()
      // One at a time: an app that started before the other failed is still stopped in afterAll.
      apps.push(await startApp({ ...env, MIGRATE_ON_START: 'false' }))
      apps.push(await startApp({ ...env, MIGRATE_ON_START: 'false' }))
      const [a, b] = apps as [App, App]
      for (const app of apps) for (const page of ['/', '/actualites', '/metiers/directeur-technique', '/rss.xml']) expect((await text(`${app.base}${page}`)).status, page).toBe(200)
      expect(await cachedKeys()).toBe(0)

      // Reachable: pages go to Redis, as they would have from the start.
      await cable.plug()
      const inUseAfter = await until('pages cached in Redis once reachable', async () => (await text(`${b.base}/metiers`)).status === 200 && (await cachedKeys()) > 0, 15_000)

      const { token } = await logIn(a.base, admin)
      const headers = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
      const created = await fetch(`${a.base}/api/news`, { method: 'POST', headers, body: JSON.stringify({ title: `Avant la coupure ${Date.now()}`, excerpt: 'x', _status: 'published' }) })
      expect(created.status).toBe(201)
      const { doc } = (await created.json()) as { doc: { id: number; slug: string; title: string } }
      const page = `${b.base}/actualites/${doc.slug}`
      // Both pages in Redis, as visitors left them.
      await until('the post on B', async () => (await text(page)).body.includes(doc.title) && (await text(`${b.base}/rss.xml`)).body.includes(doc.title), 15_000)

      // Cut: A publishes; its own pages show it at once.
      await cable.cut()
      const title = `Pendant la coupure ${Date.now()}`
      const edited = await fetch(`${a.base}/api/news/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify({ title }), signal: AbortSignal.timeout(30_000) })
      expect(edited.status).toBe(200)
      await until('the edit on A during the cut', async () => (await text(`${a.base}/actualites/${doc.slug}`)).body.includes(title), 15_000)

      // Back: B, which had the old page in Redis, shows the edit once Redis is emptied of what it missed.
      await cable.plug()
      const back = Date.now()
      const shownAfter = await until('the edit on B once Redis is back', async () => (await text(page)).body.includes(title) && (await text(`${b.base}/rss.xml`)).body.includes(title), 15_000)
      // And it stays: B is on Redis again, not on a copy of its own.
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      expect((await text(page)).body).toContain(title)

      // Hung: Redis stops answering but keeps its connections (SIGSTOP). Pages still answer,
      // a publish on A goes through, and B shows it once Redis answers again.
      redis.process.kill('SIGSTOP')
      const hungTitle = `Redis figé ${Date.now()}`
      try {
        for (const app of apps) for (const path of ['/', `/actualites/${doc.slug}`, '/rss.xml']) expect((await text(`${app.base}${path}`)).status, `${path} while Redis hangs`).toBe(200)
        const whileHung = await fetch(`${a.base}/api/news/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify({ title: hungTitle }), signal: AbortSignal.timeout(30_000) })
        expect(whileHung.status).toBe(200)
      } finally {
        redis.process.kill('SIGCONT')
      }
      const hungShownAfter = await until('the edit made while Redis hung, on B', async () => (await text(page)).body.includes(hungTitle) && (await text(`${b.base}/rss.xml`)).body.includes(hungTitle), 15_000)
      console.log(
        `Redis reachable → cached in it after ${inUseAfter} ms; cut → publish on A shown on B ${shownAfter} ms after Redis came back (${Date.now() - back} ms checked); ` +
          `hung → publish on A shown on B ${hungShownAfter} ms after Redis answered again`,
      )
      for (const app of apps) expect(app.process.exitCode, app.log().slice(-2000)).toBeNull()
    } finally {
      await probe.quit().catch(() => {})
    }
  }, 300_000)
})
