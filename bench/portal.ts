// What `npm run bench` and `npm run bench:soak` share: a fresh database filled with the
// generated corpus (1 000 careers, 20 000 posts, CORPUS_SEED), the portal started on it as
// `npm start` starts it, child processes ended on the way out, and autocannon.
import '../scripts/loadEnv'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { databaseUrl, dropDatabase, ensureDatabase } from '@/scripts/databases'
import { startEmbeddedPostgres } from '@/scripts/embeddedPostgres'
import { generateCorpus, loadCorpus } from './corpus'

export const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')
/** What `npm start` runs (without npm's own process in between). */
export const startScript = path.resolve('scripts/start.mjs')

/** Exits with a sentence when there is no production build: the bench measures one, it makes none. */
export const requireBuild = () => {
  if (existsSync('.next/BUILD_ID')) return
  console.error('No production build: run `npm run build` first (the bench measures a build, it does not make one).')
  process.exit(1)
}

export const hasCommand = (command: string) => {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const children: ChildProcess[] = []
/** A child process ended by `cleanup()`; its stderr shown with BENCH_VERBOSE. */
export const startChild = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  // stdout ignored: an unread pipe fills up and blocks the child.
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
  child.stderr?.on('data', (chunk) => process.env.BENCH_VERBOSE && process.stderr.write(chunk))
  children.push(child)
  return child
}

const runToEnd = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) =>
    spawn(process.execPath, args, { env, stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')}: exit ${code}`)))),
  )

export type LoadOptions = { headers?: Record<string, string>; duration?: number; amount?: number; nextPath?: () => string }
/** autocannon on `url` (10 s by default): `done` gives the result, `stop()` ends a run early (background load). */
export const startLoad = (url: string, connections: number, { headers = {}, duration = 10, amount, nextPath }: LoadOptions = {}) => {
  let instance: { stop: () => void } | undefined
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections,
        headers,
        ...(amount ? { amount } : { duration }),
        // One shared sequence of addresses across connections: every request a new page.
        ...(nextPath ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: nextPath() }) }] } : {}),
      },
      (error: Error | null, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    )
  })
  return { done, stop: () => instance?.stop() }
}
export const load = (url: string, connections: number, options: LoadOptions = {}) => startLoad(url, connections, options).done

export const admin = { email: 'bench@reperes.test', password: 'mot-de-passe-du-banc' }

export type BenchDatabase = {
  env: NodeJS.ProcessEnv
  written: { careers: number; news: number }
  corpusMs: number
  seed: number
  /** Career slugs other than the demo sheet's, in id order. */
  careerSlugs: string[]
  /** The sector with the most careers: its page lists a full page of cards and news. */
  sectorPath: string
  /** Ends every child started here, drops the database, stops the embedded server. */
  cleanup: () => Promise<void>
}

/**
 * A throw-away database on DATABASE_URL's server (or an embedded one), migrated, seeded and
 * filled with the corpus; `env` starts the portal on it.
 */
export const prepareBenchDatabase = async (name: string): Promise<BenchDatabase> => {
  const work = mkdtempSync(path.join(tmpdir(), `reperes-${name}-`))
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: false })
  const serverUrl = process.env.DATABASE_URL || embedded!.serverUrl
  const database = `reperes_${name}_${Date.now().toString(36)}`
  const seed = Number(process.env.CORPUS_SEED || 42)
  let cleaned: Promise<void> | undefined
  const cleanup = () =>
    (cleaned ??= (async () => {
      for (const child of children) child.kill('SIGTERM')
      await new Promise((r) => setTimeout(r, 1500))
      await dropDatabase(serverUrl, database).catch((error) => console.error(`Could not drop ${database}:`, error))
      await embedded?.stop()
    })())
  // Ctrl+C (or a supervisor's SIGTERM) in the middle of an hour's soak: nothing left behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)))
  try {
    await ensureDatabase(serverUrl, database)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl(serverUrl, database),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-only-secret-' + Date.now(),
      MEDIA_DIR: path.join(work, 'media'),
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      JOBS_RUN_EVERY_SECONDS: '0',
    }
    console.log(`Database ${database}: migrations, demo seed, corpus (seed ${seed})…`)
    await runToEnd([tsx, 'scripts/seed.ts'], env)
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL })
    const corpusStarted = performance.now()
    const written = await loadCorpus(pool, generateCorpus(seed))
    const corpusMs = Math.round(performance.now() - corpusStarted)
    const { rows: careers } = await pool.query<{ slug: string }>(`select slug from careers where slug <> 'directeur-technique' order by id`)
    const { rows: sectors } = await pool.query<{ slug: string }>(
      `select s.slug from sectors s join careers_rels r on r.sectors_id = s.id group by s.slug order by count(*) desc, s.slug limit 1`,
    )
    await pool.end()
    console.log(`Corpus: ${written.careers} careers, ${written.news} posts in ${corpusMs} ms`)
    return { env, written, corpusMs, seed, careerSlugs: careers.map(({ slug }) => slug), sectorPath: `/secteurs/${sectors[0]!.slug}`, cleanup }
  } catch (error) {
    await cleanup()
    throw error
  }
}
