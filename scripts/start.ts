// `npm start` (production) and `npm run dev`: one command from a fresh clone to a served portal.
// Order matters: database and secret first, then migrations (and the demo content on an empty
// embedded database), then a build if none exists, then Next.
import './loadEnv'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'

import { buildIsCurrent, recordBuild, sourceHash } from './buildStamp'
import { startJobsRunner } from './jobsRunner'
import { prepareEnvironment } from './localEnvironment'
import { warmPages } from './warmPages'

const dev = process.argv.includes('--dev')
// No usage reporting from our servers (Next would otherwise phone home on build and start).
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const port = process.env.PORT || '3000'
// Scheduled publications run every JOBS_RUN_EVERY_SECONDS (0: an external cron does it).
const jobsEverySeconds = Number(process.env.JOBS_RUN_EVERY_SECONDS ?? 5)
// Our runner and the server share this secret through the environment; a deployment whose
// cron calls the endpoint from elsewhere sets its own.
process.env.CRON_SECRET ||= randomBytes(32).toString('base64url')
const resolve = createRequire(import.meta.url).resolve
const nextBin = resolve('next/dist/bin/next')
const tsxBin = resolve('tsx/cli')

const run = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env })

// Node sizes its heap from the machine's memory and collects lazily: after a thousand first
// renders the server held ~1 GB. Bounded at 256 MB of old space (NODE_HEAP_MB), it stays near
// 330 MB with the same throughput (npm run bench); young-generation semi-spaces of 8 MB instead
// of 16 saved another ~17 MB for the same rates. NODE_OPTIONS's own settings win.
const boundedHeap = () => {
  const options = (process.env.NODE_OPTIONS ?? '').trim()
  const bounds = [
    options.includes('--max-old-space-size') ? '' : `--max-old-space-size=${Number(process.env.NODE_HEAP_MB) || 256}`,
    options.includes('--max-semi-space-size') ? '' : '--max-semi-space-size=8',
  ]
  return [options, ...bounds].filter(Boolean).join(' ')
}

const finished = (child: ReturnType<typeof spawn>) =>
  new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))

const environment = await prepareEnvironment().catch((error: Error) => {
  // A sentence for the person at the terminal (an old embedded database, no secret…).
  console.error(error.message)
  process.exit(1)
})
let exitCode = 1
try {
  // Several app servers on one database: a deploy step migrates once (docker-compose's
  // `migrate` service) and the servers start with MIGRATE_ON_START=false.
  if (process.env.MIGRATE_ON_START !== 'false') {
    const migrateArgs = [tsxBin, 'scripts/migrate.ts', ...(environment.embedded ? ['--seed-if-empty'] : [])]
    let migrateCode = await finished(spawn(process.execPath, migrateArgs, { stdio: 'inherit' }))
    // Exit 13: Node gave up loading the modules ("unsettled top-level await") before the
    // script did anything; seen on cold tsx caches in CI and in a first browser-test start,
    // never reproduced on demand. Migrations are idempotent: one more try, said aloud (as the
    // integration tests' setup does).
    if (migrateCode === 13) {
      console.warn('scripts/migrate.ts exited with 13 (unsettled top-level await) before doing anything: running it once more.')
      migrateCode = await finished(spawn(process.execPath, migrateArgs, { stdio: 'inherit' }))
    }
    if (migrateCode !== 0) throw new Error(`migrations failed with code ${migrateCode}`)
  }

  if (!dev && !existsSync('.next/BUILD_ID')) {
    console.log('No production build yet: running `next build` once.')
    const hash = sourceHash()
    const buildCode = await finished(run(['build'], { ...process.env, NODE_ENV: 'production' }))
    if (buildCode !== 0) throw new Error(`next build failed with code ${buildCode}`)
    recordBuild(hash)
  } else if (!dev && !buildIsCurrent()) {
    // Not rebuilt here: a production server should not spend minutes building on a restart.
    console.warn('The production build in .next was made from other sources than those on disk: run `npm run build` to serve them.')
  }

  // Next's data, page and image caches are keyed by URL, not by database: a start against
  // another database (the tests', a restored backup, a new DATABASE_URL) must not serve the
  // previous one's pages. They refill on first visit.
  for (const cache of ['.next/cache/fetch-cache', '.next/cache/images', '.next/server/route-cache'])
    rmSync(cache, { recursive: true, force: true, maxRetries: 5 })

  const server = run(dev ? ['dev', '-p', port] : ['start', '-p', port], dev ? process.env : { ...process.env, NODE_OPTIONS: boundedHeap() })
  const runner =
    jobsEverySeconds > 0
      ? startJobsRunner({ baseUrl: `http://127.0.0.1:${port}`, secret: process.env.CRON_SECRET, everyMs: jobsEverySeconds * 1000 })
      : undefined
  server.on('exit', () => runner?.stop())
  // In the background: the server is ready as soon as it answers, warm or not.
  if (!dev && process.env.WARM_PAGES !== 'false') void warmPages({ baseUrl: `http://127.0.0.1:${port}` })
  // Ctrl+C reaches the whole process group; a SIGTERM from a supervisor reaches only us.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => server.kill(signal))
  exitCode = await finished(server)
} catch (error) {
  console.error(error)
} finally {
  await environment.stop()
}
process.exit(exitCode)
