import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { databaseUrl, ensureDatabase } from '@/scripts/databases'
import { type RunningPostgres, startEmbeddedPostgres } from '@/scripts/embeddedPostgres'
import { freePort } from '@/scripts/freePort'
import { startLocalNginx } from '@/scripts/localNginx'
import { type App, byStatus, runScript, startApp, visitors, waitFor } from './harness'

// The database goes away under load and comes back: a PostgreSQL server this test starts
// itself (the embedded one), the app as `npm start` runs it, and the proxy docker-compose ships.
const UNAVAILABLE = 'Service momentanément indisponible'
const work = mkdtempSync(path.join(tmpdir(), 'reperes-outage-'))
let postgres: RunningPostgres | undefined
let app: App | undefined
let proxy: ReturnType<typeof startLocalNginx> | undefined

afterAll(async () => {
  proxy?.kill('SIGTERM')
  await app?.stop()
  await postgres?.stop()
  rmSync(work, { recursive: true, force: true })
})

describe('a database outage under load', () => {
  it('keeps serving pages already cached (by the app or the proxy), a French 503 for others, never crashes, and recovers when the database returns', async () => {
    const dataDir = path.join(work, 'pg')
    const pgPort = await freePort()
    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort })
    await ensureDatabase(postgres.serverUrl, 'reperes')
    const env = { ...process.env, DATABASE_URL: databaseUrl(postgres.serverUrl, 'reperes'), MEDIA_DIR: path.join(work, 'media'), PAYLOAD_SECRET: randomBytes(32).toString('hex') }
    await runScript('scripts/seed.ts', env)
    app = await startApp(env)
    const proxyPort = await freePort()
    proxy = startLocalNginx({ work: path.join(work, 'nginx'), appPorts: [app.port], proxyPort, refreshSecret: randomBytes(16).toString('hex') })
    const front = `http://127.0.0.1:${proxyPort}`
    await waitFor(`${front}/metiers/directeur-technique`)

    // Half the visitors read pages already cached; the others ask for pages nobody asked for
    // yet (a new search each time), which only the database can answer.
    let counter = 0
    const cached = ['/metiers/directeur-technique', '/actualites', '/', '/rss.xml']
    const fresh = () => `/recherche?q=${encodeURIComponent(`technicien ${counter}`)}`
    const load = visitors(10, () => {
      const turn = counter++
      return `${front}${turn % 2 ? cached[(turn >> 1) % cached.length] : fresh()}`
    })

    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const stoppedAt = Date.now()
    await postgres.stop()
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    // The app itself, without the proxy, while the database is away: an error answer, no crash
    // (its French message, app/(frontend)/error.tsx, is drawn by the browser).
    const direct = await fetch(`${app.base}${fresh()}`)
    postgres = await startEmbeddedPostgres({ dataDir, port: pgPort })
    const restartedAt = Date.now()
    // Recovered: a page that needs the database answers again, through the proxy.
    let recoveredAt = 0
    while (!recoveredAt && Date.now() - restartedAt < 30_000) {
      const probe = await fetch(`${front}${fresh()}`).catch(() => null)
      if (probe?.status === 200) recoveredAt = Date.now()
      else await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const samples = await load.stop()

    const outage = samples.filter((sample) => sample.at > stoppedAt + 200 && sample.at < restartedAt)
    const recoveryMs = recoveredAt - restartedAt
    console.log(
      `Outage test: ${samples.length} requests, by status ${JSON.stringify(byStatus(samples))}; during the outage ${JSON.stringify(byStatus(outage))}; ` +
        `direct app answer during the outage: ${direct.status}; recovery ${recoveryMs} ms after the database returned`,
    )
    expect(app.process.exitCode, app.log()).toBeNull()
    // Visitors never see a failure page of the server's own: a page, a 304, or the French 503.
    expect(samples.filter((sample) => ![200, 304, 503].includes(sample.status)).map((s) => `${s.status} ${s.url}`)).toEqual([])
    expect(samples.filter((sample) => sample.status === 503 && !sample.body.includes(UNAVAILABLE))).toEqual([])
    expect(outage.some((sample) => sample.status === 503)).toBe(true)
    // Pages visitors had read before stay readable throughout (Next's cache holds them, and the
    // proxy would serve its stale copy if the app failed): each was asked for during the outage,
    // and every answer was the page.
    for (const page of cached) {
      const answers = outage.filter((sample) => new URL(sample.url).pathname === page)
      expect(answers.length, `${page} asked during the outage`).toBeGreaterThan(0)
      expect(answers.filter((sample) => sample.status !== 200).map((sample) => sample.status), page).toEqual([])
    }
    expect(direct.status).toBe(500)
    // Recovered at all (within the 30 s the loop waits); how fast is the bench's to say.
    expect(recoveredAt, app.log()).toBeGreaterThan(0)
    // The app serves fresh renders again without the proxy, too.
    expect((await fetch(`${app.base}${fresh()}`)).status).toBe(200)
  })
})
