import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@redis/client'
import { afterAll, describe, expect, it } from 'vitest'

import { dropDatabase, ensureDatabase } from '@/scripts/databases'
import { type App, appEnvironment, byStatus, logIn, type Redis, runScript, startApp, startRedis, visitors } from './harness'

// The app's shared page cache (cache-handler.mjs, REDIS_URL) loses its Redis while visitors
// read and an editor publishes: a redis-server this test starts itself, then kills.
const server = process.env.DATABASE_URL!
const database = `${process.env.RESILIENCE_DATABASE || `reperes_test_res_${Date.now().toString(36)}`}_redis`
const work = mkdtempSync(path.join(tmpdir(), 'reperes-redis-'))
const admin = { email: 'cache@reperes.test', password: randomBytes(12).toString('base64url') }
const keyPrefix = `reperes-test-${Date.now().toString(36)}:`
let redis: Redis | undefined
let app: App | undefined
let probe: ReturnType<typeof createClient> | undefined
let load: ReturnType<typeof visitors> | undefined

// Here too when an assertion failed midway: nothing of this test keeps running after it.
afterAll(async () => {
  if (probe?.isOpen) probe.destroy()
  await load?.stop()
  await app?.stop()
  await redis?.stop()
  await dropDatabase(server, database)
  rmSync(work, { recursive: true, force: true })
})

/** A GET given up after 20 s (status 0), so that a hung server fails the test rather than stalls it. */
const visit = async (url: string) => {
  const started = Date.now()
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(20_000) })
    return { status: response.status, body: await response.text(), cache: response.headers.get('x-nextjs-cache'), ms: Date.now() - started }
  } catch (error) {
    return { status: 0, body: String(error), cache: null, ms: Date.now() - started }
  }
}

describe('Redis going away under the app', () => {
  it('keeps every page answering 200 and still shows a publication', async () => {
    redis = await startRedis()
    probe = createClient({ url: redis.url })
    // Left open by a failure before its quit, it would see Redis killed: an 'error' event with no listener ends the worker.
    probe.on('error', () => {})
    await probe.connect()

    await ensureDatabase(server, database)
    const env = { ...appEnvironment({ server, database, work, admin }), REDIS_URL: redis.url, REDIS_KEY_PREFIX: keyPrefix }
    await runScript('scripts/seed.ts', env)
    app = await startApp({ ...env, MIGRATE_ON_START: 'false' })
    const { base } = app
    const { token } = await logIn(base, admin)
    const created = await fetch(`${base}/api/news`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Avant la panne ${Date.now()}`, excerpt: 'Version 1.', _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    const pages = ['/', '/actualites', `/actualites/${doc.slug}`, '/metiers/directeur-technique', '/metiers', '/rss.xml', '/recherche?q=technicien']
    for (const page of pages) expect((await fetch(`${base}${page}`)).status, page).toBe(200)
    // The app does keep its pages in this Redis: what losing it takes away.
    const stored = await probe.keys(`${keyPrefix}*`)
    expect(stored.length).toBeGreaterThan(0)
    await probe.quit()

    let turn = 0
    load = visitors(4, () => `${base}${pages[turn++ % pages.length]}`)
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    const killedAt = Date.now()
    await redis.stop()
    await new Promise((resolve) => setTimeout(resolve, 5_000))

    // A publication while Redis is gone: saved, and shown on the post's page and in the feed.
    const title = `Pendant la panne ${Date.now()}`
    const publishedAt = Date.now()
    const edited = await fetch(`${base}/api/news/${doc.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
      signal: AbortSignal.timeout(30_000),
    }).catch((error: Error) => ({ status: 0, error }))
    const publishMs = Date.now() - publishedAt
    let shownMs = -1
    while (shownMs < 0 && Date.now() - publishedAt < 15_000) {
      const [page, feed] = await Promise.all([visit(`${base}/actualites/${doc.slug}`), visit(`${base}/rss.xml`)])
      if (page.body.includes(title) && feed.body.includes(title)) shownMs = Date.now() - publishedAt
      else await new Promise((resolve) => setTimeout(resolve, 100))
    }
    // A page no one asked for while Redis was there.
    const unseen = await visit(`${base}/metiers/infirmier`)
    const samples = await load.stop()
    // What a visitor gets now, one request at a time (status, Next's cache state, the wait).
    const waits: string[] = []
    for (const page of pages) {
      const answer = await visit(`${base}${page}`)
      waits.push(`${answer.status} ${answer.cache ?? '-'} ${answer.ms}`)
      if (answer.status !== 200) break
    }
    console.log(`Without Redis, one request at a time (status, Next's cache state, ms): ${waits.join(', ')}`)
    const after = samples.filter((sample) => sample.at > killedAt)
    // An answer is any HTTP status; a connection given up (status 0) is not one.
    const lastAnswerMs = Math.max(...after.filter((sample) => sample.status !== 0).map((sample) => sample.at - killedAt))
    console.log(
      `Redis killed: ${samples.length} requests, ${after.length} after the kill (the last answered ${Number.isFinite(lastAnswerMs) ? `${lastAnswerMs} ms` : 'never'} after), by status ${JSON.stringify(byStatus(after))}; ` +
        `publish answered ${edited.status} in ${publishMs} ms, shown after ${shownMs} ms`,
    )
    expect(app.process.exitCode, app.log().slice(-3000)).toBeNull()
    // Visitors were still being answered once the server had had time to notice Redis was gone.
    expect(lastAnswerMs, 'an answer more than 3 s after the kill').toBeGreaterThan(3_000)
    expect(after.filter((sample) => sample.status !== 200).map((sample) => `${sample.status} ${sample.url} ${sample.body.slice(0, 100)}`)).toEqual([])
    expect(edited.status, app.log().slice(-3000)).toBe(200)
    expect(shownMs, 'the publication shown within 15 s').toBeGreaterThanOrEqual(0)
    expect(unseen.status).toBe(200)
  }, 360_000)
})
