// `npm run bench`: the portal under load, against the production build (`npm run build`
// first; the bench builds nothing). On a fresh database it fills with the generated corpus
// (1 000 careers, 20 000 posts, CORPUS_SEED), it measures with autocannon, warm, 10 s per row
// at 10 and 50 connections, beside the machine's ceiling measured in the same run: the same
// career-page bytes served by a bare Node http server and by nginx (when installed), and the
// nginx proxy cache of deploy/nginx.conf in front of the app. Prints a table and writes
// bench/results.json, then runs the ONISEP import bench (bench/onisepImport.ts, bench/onisep.json).
// Not a test: nothing here asserts a time.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort } from '@/scripts/freePort'
import { localNginxConfig, nginxBinary } from '@/scripts/localNginx'
import { waitFor } from '@/scripts/waitFor'
import { admin, hasCommand, load, prepareBenchDatabase, requireBuild, startChild, startLoad, startScript, tsx } from './portal'
import { lighthouseMedian } from './lighthouse'
import { measurePublishLatency } from './publishLatency'
import { treeCpuMs, treePssMb, treeRssMb } from './processUsage'
import { type Measure, type MeasureOptions, table, toMeasure } from './report'

const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const CONNECTIONS = [10, 50]
/** Three of the demo's careers side by side (the bench seeds the demo content before its corpus). */
const COMPARE_PATH = '/comparer?metiers=aide-soignant,developpeur-web,infirmier'
/** A quiz result (the demo's quiz, answered for the care careers): ranks every published career with interests. */
const QUIZ_RESULT_PATH = '/orientation/resultat?interets=aider-les-autres.7,sante-soin.6,contact-avec-les-gens.3,sciences.1,travail-en-equipe.1'

requireBuild()
const work = mkdtempSync(path.join(tmpdir(), 'reperes-bench-'))
const { env, written, corpusMs, seed, careerSlugs, sectorPath, cleanup } = await prepareBenchDatabase('bench')
const results: Record<string, unknown> = {}
try {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  // nginx, when installed: static bytes, and the production proxy cache in front of the app,
  // which the app refreshes on publish as in docker-compose.
  const nginx = nginxBinary()
  const [staticPort, proxyPort] = [await freePort(), await freePort()]
  const refreshSecret = randomBytes(16).toString('hex')
  const proxyEnv = nginx ? { PROXY_REFRESH_URL: `http://127.0.0.1:${proxyPort}`, PROXY_REFRESH_SECRET: refreshSecret } : {}
  // No warm-up on this server: it would render career sheets the first-render rows count as new.
  const server = startChild(process.execPath, [startScript], { ...env, ...proxyEnv, PORT: String(port), SITE_URL: base, WARM_PAGES: 'false' })
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
  const firstRenderCpuMs: Record<number, number> = {}
  const firstRenderStatements: Record<number, number> = {}
  // The portal's reads are single statements outside any transaction: PostgreSQL counts each as
  // a committed transaction (pg_stat_database). A backend sends its counts at most once a second
  // while busy and within 10 s once idle: read until two readings 2 s apart agree. Autovacuum's
  // own transactions count too (a handful on a table this size).
  const stats = new pg.Client({ connectionString: env.DATABASE_URL })
  await stats.connect()
  const committedTransactions = async () => {
    let previous = -1
    for (let attempt = 0; attempt < 8; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      await stats.query('select pg_stat_clear_snapshot()')
      const { rows } = await stats.query<{ n: string }>('select xact_commit as n from pg_stat_database where datname = current_database()')
      // This client's own statements count too: at most 16 a reading, 0.04 per render of 400.
      const count = Number(rows[0]!.n)
      if (count === previous) return count
      previous = count
    }
    return previous
  }
  // The pages visitors open first, each served from Next's cache (docs/caching.md).
  const cachedPages = ['/', '/actualites', '/actualites/page/400', '/metiers', sectorPath, '/orientation']
  const careerPaths = careerSlugs.map((slug) => ({ path: `/metiers/${slug}` }))
  let nextCareer = 0 // shared by both connection counts: never the same page twice
  for (const connections of CONNECTIONS) {
    const run = async (name: string, url: string, { headers = {}, ...options }: MeasureOptions & { headers?: Record<string, string> } = {}) => {
      // A share of the ceiling only means something for the very bytes the ceiling serves.
      if (options.sameBytesAsCeiling && (await (await fetch(url, { headers })).text()) !== html) {
        console.warn(`${name}: not the ceiling's bytes, so no share of the ceiling is given`)
        options.sameBytesAsCeiling = false
      }
      await load(url, connections, { headers, duration: 2 }) // warm-up
      const measure = toMeasure(name, connections, await load(url, connections, { headers, duration: SECONDS }), options)
      measures.push(measure)
      console.log(`${name} @${connections}: ${measure.requestsPerSecond} req/s, p50 ${measure.p50Ms} ms, p99 ${measure.p99Ms} ms`)
      return measure
    }
    const sameBytes = { sameBytesAsCeiling: true }
    ceiling[connections] = (await run('ceiling: bare Node, same career HTML', `http://127.0.0.1:${barePort}/`, sameBytes)).requestsPerSecond
    if (nginxStatic) await run('ceiling: nginx static, same career HTML', nginxStatic, sameBytes)
    await run('/metiers/directeur-technique (cached)', career, sameBytes)
    // Uncached: 400 requests, each for a career page never rendered yet (the corpus has 1 000),
    // with the CPU time the portal's processes spent on them.
    const transactionsBefore = await committedTransactions()
    const cpuBefore = treeCpuMs(server.pid!)
    const uncached = toMeasure(
      '/metiers/<slug> first render (uncached)',
      connections,
      await load(base, connections, { amount: 400, nextPath: () => careerPaths[nextCareer++ % careerPaths.length]!.path }),
    )
    measures.push(uncached)
    firstRenderCpuMs[connections] = Math.round(((treeCpuMs(server.pid!) - cpuBefore) / 400) * 10) / 10
    firstRenderStatements[connections] = Math.round(((await committedTransactions()) - transactionsBefore) / 40) / 10
    console.log(
      `uncached @${connections}: ${uncached.requestsPerSecond} req/s, p99 ${uncached.p99Ms} ms, ${firstRenderCpuMs[connections]} ms of CPU and ${firstRenderStatements[connections]} SQL statements per render`,
    )
    for (const path of cachedPages) await run(path, `${base}${path}`)
    await run('/sitemap.xml', `${base}/sitemap.xml`)
    // Rendered per request (any two or three careers), from the careers' cached sheets.
    await run(COMPARE_PATH, `${base}${COMPARE_PATH}`)
    await run(QUIZ_RESULT_PATH, `${base}${QUIZ_RESULT_PATH}`)
    await run('/recherche?q=technicien maintenance', `${base}/recherche?q=technicien%20maintenance`)
    await run('/recherche/suggestions?q=tech', `${base}/recherche/suggestions?q=tech`)
    await run('/rss.xml (200)', `${base}/rss.xml`)
    await run('/rss.xml (304, If-None-Match)', `${base}/rss.xml`, { headers: { 'if-none-match': etag }, expect304: true })
    if (nginxProxy) {
      await run('nginx proxy cache: /metiers/directeur-technique', `${nginxProxy}/metiers/directeur-technique`, sameBytes)
      await run('nginx proxy cache: /rss.xml (304)', `${nginxProxy}/rss.xml`, { headers: { 'if-none-match': etag }, expect304: true })
    }
  }

  // Lighthouse, mobile, median of three, on a quiet server: home, a career sheet, a post, a comparison, the quiz and a result.
  const { docs: latestPosts } = (await (await fetch(`${base}/api/news?limit=1&depth=0&sort=-publishedAt`)).json()) as { docs: { slug: string }[] }
  const lighthouse: Record<string, Awaited<ReturnType<typeof lighthouseMedian>>> = {}
  for (const path of ['/', '/metiers/directeur-technique', `/actualites/${latestPosts[0]!.slug}`, COMPARE_PATH, '/orientation', QUIZ_RESULT_PATH]) {
    lighthouse[path] = await lighthouseMedian(`${base}${path}`)
    console.log(`Lighthouse ${path}: ${lighthouse[path]!.runs.map((run) => run.score).join(', ')} (median ${lighthouse[path]!.median.score})`)
  }

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

  const rssMb = treeRssMb(server.pid!)
  const pssMb = treePssMb(server.pid!)

  // The same pages with the cache shared through Redis (cache-handler.mjs): two servers on a
  // redis-server of the bench's own, read on one while the other publishes.
  let redis: { rssMb: number[]; pssMb: number[]; publish: Awaited<ReturnType<typeof measurePublishLatency>> } | null = null
  if (hasCommand('redis-server')) {
    const redisPort = await freePort()
    startChild('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'])
    const redisEnv = { ...env, REDIS_URL: `redis://127.0.0.1:${redisPort}`, REDIS_KEY_PREFIX: `bench-${Date.now()}:`, MIGRATE_ON_START: 'false' }
    const servers = []
    for (let index = 0; index < 2; index++) {
      const redisAppPort = await freePort()
      const url = `http://127.0.0.1:${redisAppPort}`
      servers.push({ url, child: startChild(process.execPath, [startScript], { ...redisEnv, PORT: String(redisAppPort), SITE_URL: base }) })
      await waitFor(`${url}/actualites`)
    }
    for (const path of [...cachedPages, '/metiers/directeur-technique']) {
      await load(`${servers[0]!.url}${path}`, 10, { duration: 2 })
      const measure = toMeasure(`${path} (REDIS_URL)`, 10, await load(`${servers[0]!.url}${path}`, 10, { duration: SECONDS }))
      measures.push(measure)
      console.log(`${measure.name} @10: ${measure.requestsPerSecond} req/s, p50 ${measure.p50Ms} ms, p99 ${measure.p99Ms} ms`)
    }
    const publishAcross = await measurePublishLatency({ baseUrl: servers[1]!.url, readUrl: servers[0]!.url, token, runs: 20 })
    redis = { rssMb: servers.map(({ child }) => treeRssMb(child.pid!)), pssMb: servers.map(({ child }) => treePssMb(child.pid!)), publish: publishAcross }
    for (const { child } of servers) child.kill('SIGTERM')
  }

  const feedOutput = execFileSync(process.execPath, [tsx, 'bench/feedLatency.ts'], { env, encoding: 'utf8' }).trim().split('\n')
  const feedRegeneration = JSON.parse(feedOutput.at(-1)!) as { p50Ms: number; worstMs: number }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  Object.assign(results, { date: new Date().toISOString(), machine, seconds: SECONDS, corpus: { seed, ...written, loadMs: corpusMs }, measures, ceiling, portalRssMb: rssMb, portalPssMb: pssMb, firstRenderCpuMs, firstRenderStatements, lighthouse, feedRegeneration, publish, publishViaNginx, publishUnderLoad, redis })
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nMachine: ${machine}; ${SECONDS} s per row; corpus ${written.careers} careers + ${written.news} posts (seed ${seed})\n`)
  console.log(table(measures, ceiling))
  console.log(`\nMemory of the portal's processes after the run (start script + Next server; PostgreSQL apart): RSS summed ${rssMb} MiB, PSS summed ${pssMb} MiB`)
  console.log(`/rss.xml regeneration (50 items, function level): p50 ${feedRegeneration.p50Ms} ms, worst ${feedRegeneration.worstMs} ms`)
  for (const [path, { median, runs }] of Object.entries(lighthouse))
    console.log(`Lighthouse mobile performance ${path}: median ${median.score} (runs ${runs.map((run) => run.score).join(', ')}; median run LCP ${median.lcpMs} ms, TBT ${median.tbtMs} ms, FCP ${median.fcpMs} ms, CLS ${median.cls})`)
  console.log(
    `First render of a career sheet: ${Object.entries(firstRenderCpuMs).map(([c, ms]) => `${ms} ms of CPU and ${firstRenderStatements[Number(c)]} SQL statements @${c}`).join(', ')}`,
  )
  const perPath = (report: typeof publish) =>
    Object.entries(report.byPath ?? {}).map(([where, { medianMs, worstMs }]) => `${where} ${medianMs}/${worstMs}`).join(', ')
  console.log(`Publish → visible on all of ${Object.keys(publish.byPath ?? {}).join(', ')} (20 publishes): median ${publish.medianMs} ms, worst ${publish.worstMs} ms; per address (median/worst ms): ${perPath(publish)}`)
  if (redis) {
    console.log(`With REDIS_URL, published on one server, read on the other: median ${redis.publish.medianMs} ms, worst ${redis.publish.worstMs} ms; ${perPath(redis.publish)}`)
    console.log(`Memory of each REDIS_URL server after its rows: RSS ${redis.rssMb.join(' and ')} MiB, PSS ${redis.pssMb.join(' and ')} MiB`)
  }
  if (publishViaNginx) console.log(`Through the nginx proxy cache: median ${publishViaNginx.medianMs} ms, worst ${publishViaNginx.worstMs} ms`)
  console.log(`While 50 connections read the site: median ${publishUnderLoad.medianMs} ms, worst ${publishUnderLoad.worstMs} ms (save median ${publishUnderLoad.saveMedianMs} ms)`)
  console.log('\nWritten to bench/results.json')
  await stats.end()
} finally {
  await cleanup()
}
// The ONISEP import, on a database of its own once the portal is stopped (bench/onisep.json).
console.log('')
execFileSync(process.execPath, [tsx, 'bench/onisepImport.ts'], { stdio: 'inherit' })
process.exit(0)
