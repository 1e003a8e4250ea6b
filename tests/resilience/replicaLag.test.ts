import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { databaseUrl, ensureDatabase } from '@/scripts/databases'
import { type LaggingCluster, startLaggingCluster } from './laggingReplica'
import { type App, appEnvironment, closePayload, localPayload, logIn, type Redis, runScript, scheduleDrafts, scheduledPublications, startApp, startRedis } from './harness'

// Server B is given a streaming replica that applies every commit 4 s late, as a loaded replica
// does, and whose replay the test also holds while it checks; server A has only the primary;
// both share one Redis page cache and run the jobs queue. The rule under test
// (payload/db/replicas.ts): whatever fills a shared cache is read on the primary, so a publish
// on A never comes back old through B; B's searches are the replica's.
const DELAY_MS = 4_000
const database = 'reperes_replica_lag'
const work = mkdtempSync(path.join(tmpdir(), 'reperes-lag-'))
const admin = { email: 'replique@reperes.test', password: randomBytes(12).toString('base64url') }
let cluster: LaggingCluster | undefined
let redis: Redis | undefined
const apps: App[] = []
let payload: Payload | undefined

afterAll(async () => {
  for (const app of apps) await app.stop()
  await closePayload(payload)
  await redis?.stop()
  await cluster?.stop()
  rmSync(work, { recursive: true, force: true })
})

const text = async (url: string) => (await fetch(url, { signal: AbortSignal.timeout(20_000) })).text()

/** The post's title as the replica has it now. */
const titleOnReplica = async (replica: pg.Client, id: number) => (await replica.query<{ title: string }>('select title from news where id = $1', [id])).rows[0]?.title

describe('a read replica that lags', () => {
  it('never serves an old page or feed after a publish, and never runs a scheduled job twice', async () => {
    cluster = await startLaggingCluster(DELAY_MS)
    redis = await startRedis()
    await ensureDatabase(cluster.primary, database)
    const env = {
      ...appEnvironment({ server: cluster.primary, database, work, admin }),
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: 'reperes-lag:',
      JOBS_RUN_EVERY_SECONDS: '1',
      MIGRATE_ON_START: 'false',
    }
    await runScript('scripts/seed.ts', env)
    // The database itself reaches the replica DELAY_MS after its creation: a new client per try.
    let replica: pg.Client | undefined
    for (let tries = 0; !replica; tries += 1) {
      const client = new pg.Client({ connectionString: databaseUrl(cluster.replica, database) })
      try {
        await client.connect()
        replica = client
      } catch (error) {
        await client.end().catch(() => {})
        if (tries > 100) throw error
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    // Replay held while a check needs the replica behind, whatever the machine's speed.
    const replay = async (on: boolean) => void (await replica.query(on ? 'select pg_wal_replay_resume()' : 'select pg_wal_replay_pause()'))
    try {
      apps.push(await startApp(env))
      apps.push(await startApp({ ...env, DATABASE_READ_REPLICA_URLS: databaseUrl(cluster.replica, database) }))
      const [a, b] = apps as [App, App]
      const { token } = await logIn(a.base, admin)
      const headers = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
      const created = await fetch(`${a.base}/api/news`, { method: 'POST', headers, body: JSON.stringify({ title: `Réplique ${Date.now()}`, excerpt: 'x', _status: 'published' }) })
      expect(created.status).toBe(201)
      const { doc } = (await created.json()) as { doc: { id: number; slug: string; title: string } }
      const page = `${b.base}/actualites/${doc.slug}`
      const feed = `${b.base}/rss.xml`
      while ((await titleOnReplica(replica, doc.id)) !== doc.title) await new Promise((resolve) => setTimeout(resolve, 100))

      const shownAfter: number[] = []
      for (let edition = 1; edition <= 3; edition += 1) {
        // B holds the page and the feed in the shared cache, as visitors left them.
        expect(await text(page)).toContain(doc.title)
        await text(feed)
        await replay(false)
        const title = `Réplique, édition ${edition} ${Date.now()}`
        const started = Date.now()
        expect((await fetch(`${a.base}/api/news/${doc.id}`, { method: 'PATCH', headers, body: JSON.stringify({ title }) })).status).toBe(200)
        // Shown on B while its replica still has the old title: B rendered it from the primary.
        for (;;) {
          const [onPage, inFeed] = await Promise.all([text(page), text(feed)])
          if (onPage.includes(title) && inFeed.includes(title)) break
          expect(Date.now() - started, `edition ${edition} not shown on B`).toBeLessThan(30_000)
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        shownAfter.push(Date.now() - started)
        expect(await titleOnReplica(replica, doc.id)).not.toBe(title)
        await replay(true)
        // Until the replica has the edit, and a second more: B's page and feed never go back
        // to the old title (rendered from the replica, they would, until the next publish).
        let caughtUp = 0
        while (!caughtUp || Date.now() - caughtUp < 1_000) {
          const [onPage, inFeed] = await Promise.all([text(page), text(feed)])
          expect(onPage.includes(title) && inFeed.includes(title), `edition ${edition} replaced by an older version on B`).toBe(true)
          if (!caughtUp && (await titleOnReplica(replica, doc.id)) === title) caughtUp = Date.now()
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        doc.title = title
      }
      console.log(`Publish on A → on B's page and feed, B's replica held behind: ${shownAfter.join(', ')} ms`)

      // Searches, which no lasting cache keeps, are the replica's: a post published while it is
      // behind is not found on B yet, then is once it caught up.
      await replay(false)
      const word = `zygomorphe${Date.now().toString(36)}`
      const fresh = await fetch(`${a.base}/api/news`, { method: 'POST', headers, body: JSON.stringify({ title: `Réplique ${word}`, excerpt: 'x', _status: 'published' }) })
      expect(fresh.status).toBe(201)
      const link = `href="/actualites/${((await fresh.json()) as { doc: { slug: string } }).doc.slug}"`
      const search = `${b.base}/recherche?q=${word}`
      const behind = await fetch(search)
      expect(behind.status).toBe(200)
      expect(await behind.text()).not.toContain(link)
      await replay(true)
      const resumedAt = Date.now()
      while (!(await text(search)).includes(link)) {
        expect(Date.now() - resumedAt, 'the search on B never found the new post').toBeLessThan(60_000)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }

      // The replica gone: B's searches are answered by the primary.
      await replica.end()
      await cluster.stopReplica()
      for (const address of [search, `${b.base}/recherche/suggestions?q=${word}`]) {
        const answer = await fetch(address)
        expect(answer.status, address).toBe(200)
        expect(await answer.text()).toContain(address === search ? link : `Réplique ${word}`)
      }

      // Scheduled publications, both servers running the queue every second, B with its replica.
      payload = await localPayload(env)
      const drafts = await scheduleDrafts(payload, 12, new Date(Date.now() + 2_000))
      expect(await scheduledPublications(env.DATABASE_URL, drafts)).toEqual(drafts.map(() => 1))
    } finally {
      await replica.end().catch(() => {})
    }
  }, 300_000)
})
