// `npm run bench`: the portal under load, against the production build (`npm run build`
// first; the bench builds nothing). On a fresh database it fills with the generated corpus
// (1 000 careers, 20 000 posts, CORPUS_SEED), it measures with autocannon, warm, 10 s per row
// at 10 and 50 connections, beside the machine's ceiling measured in the same run: the same
// career-page bytes served by a bare Node http server and by nginx (when installed), and the
// nginx proxy cache of deploy/nginx.conf in front of the app. Prints a table and writes
// bench/results.json. Not a test: nothing here asserts a time.
import '../scripts/loadEnv'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import pg from 'pg'

import { databaseUrl, dropDatabase, ensureDatabase } from '@/scripts/databases'
import { startEmbeddedPostgres } from '@/scripts/embeddedPostgres'
import { freePort } from '@/scripts/freePort'
import { localNginxConfig, nginxBinary } from '@/scripts/localNginx'
import { waitFor } from '@/scripts/waitFor'
import { generateCorpus, loadCorpus } from './corpus'
import { measurePublishLatency } from './publishLatency'
import { treeRssMb } from './processMemory'
import { type Measure, type MeasureOptions, table, toMeasure } from './report'

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const CONNECTIONS = [10, 50]
const seed = Number(process.env.CORPUS_SEED || 42)
const tsx = path.resolve('node_modules/tsx/dist/cli.mjs')

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npm run build` first (the bench measures a build, it does not make one).')
  process.exit(1)
}

const work = mkdtempSync(path.join(tmpdir(), 'reperes-bench-'))
const children: ChildProcess[] = []
const startChild = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
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
type LoadOptions = { headers?: Record<string, string>; duration?: number; amount?: number; nextPath?: () => string }
/** autocannon on `url`: `done` gives the result, `stop()` ends a run early (background load). */
const startLoad = (url: string, connections: number, { headers = {}, duration = SECONDS, amount, nextPath }: LoadOptions = {}) => {
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
const load = (url: string, connections: number, options: LoadOptions = {}) => startLoad(url, connections, options).done

const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), persistent: false })
const serverUrl = process.env.DATABASE_URL || embedded!.serverUrl
const database = `reperes_bench_${Date.now().toString(36)}`
await ensureDatabase(serverUrl, database)
const admin = { email: 'bench@reperes.test', password: 'mot-de-passe-du-banc' }
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

const results: Record<string, unknown> = {}
try {
  console.log(`Database ${database}: migrations, demo seed, corpus (seed ${seed})…`)
  await runToEnd([tsx, 'scripts/seed.ts'], env)
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL })
  const corpusStarted = performance.now()
  const written = await loadCorpus(pool, generateCorpus(seed))
  const corpusMs = Math.round(performance.now() - corpusStarted)
  const { rows: sample } = await pool.query<{ slug: string }>(`select slug from careers where slug <> 'directeur-technique' order by id`)
  await pool.end()
  console.log(`Corpus: ${written.careers} careers, ${written.news} posts in ${corpusMs} ms`)

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  // nginx, when installed: static bytes, and the production proxy cache in front of the app,
  // which the app refreshes on publish as in docker-compose.
  const nginx = nginxBinary()
  const [staticPort, proxyPort] = [await freePort(), await freePort()]
  const refreshSecret = randomBytes(16).toString('hex')
  const proxyEnv = nginx ? { PROXY_REFRESH_URL: `http://127.0.0.1:${proxyPort}`, PROXY_REFRESH_SECRET: refreshSecret } : {}
  const server = startChild(process.execPath, [tsx, 'scripts/start.ts'], { ...env, ...proxyEnv, PORT: String(port), SITE_URL: base })
  await waitFor(`${base}/actualites`)
  const career = `${base}/metiers/directeur-technique`
  const html = await (await fetch(career)).text()
  writeFileSync(path.join(work, 'career.html'), html)

  // The ceiling: the same bytes from a bare Node server (another process, like the app).
  const barePort = await freePort()
  startChild(process.execPath, [
    '-e',
    `const b=require('fs').readFileSync(${JSON.stringify(path.join(work, 'career.html'))});require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/html; charset=utf-8'});s.end(b)}).listen(${barePort})`,
  ])
  await waitFor(`http://127.0.0.1:${barePort}/`)

  let nginxStatic: string | null = null
  let nginxProxy: string | null = null
  if (nginx) {
    const extra = `server { listen ${staticPort}; location / { root ${work}; try_files /career.html =404; default_type text/html; } }`
    writeFileSync(path.join(work, 'nginx.conf'), localNginxConfig({ work, appPorts: [port], proxyPort, refreshSecret, extra }))
    startChild(nginx, ['-c', path.join(work, 'nginx.conf'), '-p', work])
    nginxStatic = `http://127.0.0.1:${staticPort}/`
    nginxProxy = `http://127.0.0.1:${proxyPort}`
    await waitFor(nginxStatic)
    await waitFor(`${nginxProxy}/actualites`)
  }

  const feed = await fetch(`${base}/rss.xml`)
  const etag = feed.headers.get('etag') ?? ''
  const measures: Measure[] = []
  const ceiling: Record<number, number> = {}
  const careerPaths = sample.map(({ slug }) => ({ path: `/metiers/${slug}` }))
  let nextCareer = 0 // shared by both connection counts: never the same page twice
  for (const connections of CONNECTIONS) {
    const run = async (name: string, url: string, { headers = {}, ...options }: MeasureOptions & { headers?: Record<string, string> } = {}) => {
      // A share of the ceiling only means something for the very bytes the ceiling serves.
      if (options.sameBytesAsCeiling && (await (await fetch(url, { headers })).text()) !== html) {
        console.warn(`${name}: not the ceiling's bytes, so no share of the ceiling is given`)
        options.sameBytesAsCeiling = false
      }
      await load(url, connections, { headers, duration: 2 }) // warm-up
      const measure = toMeasure(name, connections, await load(url, connections, { headers }), options)
      measures.push(measure)
      console.log(`${name} @${connections}: ${measure.requestsPerSecond} req/s, p50 ${measure.p50Ms} ms, p99 ${measure.p99Ms} ms`)
      return measure
    }
    const sameBytes = { sameBytesAsCeiling: true }
    ceiling[connections] = (await run('ceiling: bare Node, same career HTML', `http://127.0.0.1:${barePort}/`, sameBytes)).requestsPerSecond
    if (nginxStatic) await run('ceiling: nginx static, same career HTML', nginxStatic, sameBytes)
    await run('/metiers/directeur-technique (cached)', career, sameBytes)
    // Uncached: 400 requests, each for a career page never rendered yet (the corpus has 1 000).
    const uncached = toMeasure(
      '/metiers/<slug> first render (uncached)',
      connections,
      await load(base, connections, { amount: 400, nextPath: () => careerPaths[nextCareer++ % careerPaths.length]!.path }),
    )
    measures.push(uncached)
    console.log(`uncached @${connections}: ${uncached.requestsPerSecond} req/s, p99 ${uncached.p99Ms} ms`)
    await run('/actualites', `${base}/actualites`)
    await run('/actualites?page=400', `${base}/actualites?page=400`)
    await run('/recherche?q=technicien maintenance', `${base}/recherche?q=technicien%20maintenance`)
    await run('/recherche/suggestions?q=tech', `${base}/recherche/suggestions?q=tech`)
    await run('/rss.xml (200)', `${base}/rss.xml`)
    await run('/rss.xml (304, If-None-Match)', `${base}/rss.xml`, { headers: { 'if-none-match': etag }, expect304: true })
    if (nginxProxy) {
      await run('nginx proxy cache: /metiers/directeur-technique', `${nginxProxy}/metiers/directeur-technique`, sameBytes)
      await run('nginx proxy cache: /rss.xml (304)', `${nginxProxy}/rss.xml`, { headers: { 'if-none-match': etag }, expect304: true })
    }
  }

  const rssMb = treeRssMb(server.pid!)

  const login = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  const { token } = (await login.json()) as { token: string }
  const publish = await measurePublishLatency({ baseUrl: base, token, runs: 20 })
  const publishViaNginx = nginxProxy ? await measurePublishLatency({ baseUrl: nginxProxy, token, runs: 20 }) : null
  // The same while 50 visitors read the site: what the resilience tests no longer time.
  const visitorPaths = ['/', '/actualites', '/metiers/directeur-technique', '/rss.xml', '/recherche?q=technicien']
  let nextVisitor = 0
  const background = startLoad(base, 50, { duration: 3600, nextPath: () => visitorPaths[nextVisitor++ % visitorPaths.length]! })
  const publishUnderLoad = await measurePublishLatency({ baseUrl: base, token, runs: 20 })
  background.stop()
  const backgroundMeasure = toMeasure('visitors while publishing (mixed pages)', 50, await background.done)
  measures.push(backgroundMeasure)

  const feedOutput = execFileSync(process.execPath, [tsx, 'bench/feedLatency.ts'], { env, encoding: 'utf8' }).trim().split('\n')
  const feedRegeneration = JSON.parse(feedOutput.at(-1)!) as { p50Ms: number; worstMs: number }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  Object.assign(results, { date: new Date().toISOString(), machine, seconds: SECONDS, corpus: { seed, ...written, loadMs: corpusMs }, measures, ceiling, portalRssMb: rssMb, feedRegeneration, publish, publishViaNginx, publishUnderLoad })
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nMachine: ${machine}; ${SECONDS} s per row; corpus ${written.careers} careers + ${written.news} posts (seed ${seed})\n`)
  console.log(table(measures, ceiling))
  console.log(`\nMemory of the portal's processes after the run (start script + Next server, VmRSS summed; PostgreSQL apart): ${rssMb} MiB`)
  console.log(`/rss.xml regeneration (50 items, function level): p50 ${feedRegeneration.p50Ms} ms, worst ${feedRegeneration.worstMs} ms`)
  console.log(`Publish → visible (page and /rss.xml), 20 publishes: median ${publish.medianMs} ms, worst ${publish.worstMs} ms`)
  if (publishViaNginx) console.log(`Through the nginx proxy cache: median ${publishViaNginx.medianMs} ms, worst ${publishViaNginx.worstMs} ms`)
  console.log(`While 50 connections read the site: median ${publishUnderLoad.medianMs} ms, worst ${publishUnderLoad.worstMs} ms (save median ${publishUnderLoad.saveMedianMs} ms)`)
  console.log('\nWritten to bench/results.json')
} finally {
  for (const child of children) child.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 1500))
  await dropDatabase(serverUrl, database).catch((error) => console.error(`Could not drop ${database}:`, error))
  await embedded?.stop()
}
process.exit(0)
