// `npm run restore -- <backup folder>`: puts a `npm run backup` folder back into the
// configured database and media folder. Replaces what is there (tables, functions, text search
// configuration, uploads), so a database that already holds content needs `--replace`; a
// database other clients are connected to (app servers still running) needs `--force`.
// All or nothing: the old schema is dropped and the backup loaded in one transaction; the
// uploads are unpacked beside the old ones and swapped in (renames) before COMMIT, and swapped
// back if COMMIT fails. A restore that fails half-way leaves the database and the media folder
// as they were. Stop the app first, and start it after.
import './loadEnv'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'

import pg from 'pg'

import { mediaDir, pgConnection, pgTool, RESTORE_FOLDERS, runOnce } from './pgTools'
import { flushSharedCache } from './sharedCache'

const args = process.argv.slice(2)
const source = args.find((arg) => !arg.startsWith('--'))
const replace = args.includes('--replace')
const force = args.includes('--force')
if (!source || !existsSync(path.join(source, 'database.dump'))) {
  console.error('Usage: npm run restore -- <folder written by npm run backup> [--replace] [--force]')
  process.exit(2)
}

/** The child's exit code (128 when killed) once its output is all read: 'close', not 'exit'. */
const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<number>((resolve) => child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1))))

const DONE = 'reperes-restore: every statement ran'

/**
 * The dump's SQL (pg_restore's script output) run by psql inside one transaction; with
 * `--replace` it first empties the schema, a clean slate rather than pg_restore --clean (objects
 * created after the backup, a newer migration's tables, would survive beside the restored ones).
 * `beforeCommit` runs once psql has run every statement; COMMIT is sent only if it succeeds.
 * Otherwise psql's input ends inside the transaction and PostgreSQL rolls it back.
 */
const restoreInOneTransaction = async (url: string, dump: string, beforeCommit: () => Promise<void>) => {
  const connection = pgConnection(url)
  const psql = spawn(await pgTool('psql', url), ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', `--dbname=${connection.target}`], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: connection.env,
  })
  // Shown as it comes, and kept to explain a failure.
  let errors = ''
  psql.stderr!.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk)
    errors = (errors + chunk).slice(-4_000)
  })
  const psqlDone = exited(psql)
  const restoreArgs = ['--no-owner', '--no-privileges', '--exit-on-error', '--file=-', dump]
  const ranEverything = new Promise<boolean>((resolve) => {
    createInterface({ input: psql.stdout! }).on('line', (line) => line === DONE && resolve(true))
    void psqlDone.then(() => resolve(false))
  })
  psql.stdin!.on('error', () => {}) // psql stopped on an error: its exit code says so
  // Warnings only: not a notice for every object the drop cascades to. A connection in a
  // transaction (a server left running, with --force) holds locks the drop waits for: fail
  // clearly instead of waiting.
  psql.stdin!.write(`set client_min_messages = warning;\nbegin;\nset lock_timeout = '10s';\n${replace ? 'drop schema public cascade;\ncreate schema public;\n' : ''}`)
  const restore = spawn(await pgTool('pg_restore', url), restoreArgs, { stdio: ['ignore', 'pipe', 'inherit'] })
  const restoreDone = exited(restore)
  restore.stdout!.pipe(psql.stdin!, { end: false })
  // psql stopping on an error reads no more: pg_restore, blocked on a full pipe, is stopped.
  void psqlDone.then(() => {
    restore.stdout!.unpipe()
    restore.stdout!.destroy()
    restore.kill()
  })
  // Once every byte of the dump went to psql (its last lines come after pg_restore exits).
  const restoreCode = await restoreDone
  const psqlFailed = () =>
    new Error(
      /lock timeout/.test(errors)
        ? 'another connection holds the tables (an app server still running?): stop it and start again; nothing was changed'
        : `a statement of the backup failed (psql exit ${psql.exitCode}); nothing was changed`,
    )
  if (psql.exitCode !== null) {
    await psqlDone
    throw psqlFailed()
  }
  if (restoreCode !== 0) {
    psql.stdin!.end()
    await psqlDone
    throw new Error(`pg_restore could not read ${dump} to its end (exit ${restoreCode}); nothing was changed`)
  }
  psql.stdin!.write(`\\echo '${DONE}'\n`)
  if (!(await ranEverything)) throw psqlFailed()
  try {
    await beforeCommit()
  } catch (error) {
    psql.stdin!.end()
    await psqlDone
    throw error
  }
  psql.stdin!.end('commit;\n')
  const code = await psqlDone
  if (code !== 0) throw new Error(`COMMIT failed (psql exit ${code}); the uploads were put back`)
}

await runOnce('Restore', async (url) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = 'public'`)
  // Given 3 s to go: a client that just disconnected is still listed for a moment.
  const connectedOthers = async () =>
    (
      await client.query<{ who: string }>(
        `select coalesce(nullif(application_name, ''), 'client') || ' from ' || coalesce(client_addr::text, 'local socket') as who
         from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      )
    ).rows
  let others = await connectedOthers()
  for (let waited = 0; others.length && !force && waited < 3_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    others = await connectedOthers()
  }
  await client.end()
  if (rows[0]!.n > 0 && !replace) throw new Error(`${new URL(url).pathname.slice(1)} already holds ${rows[0]!.n} tables: add --replace to overwrite them.`)
  // A server left running would keep serving, and caching, what is being replaced.
  if (others.length && !force)
    throw new Error(`${others.length} other connection(s) to ${new URL(url).pathname.slice(1)} (${[...new Set(others.map((row) => row.who))].join(', ')}): stop the app servers first, or add --force.`)

  const manifestFile = path.join(source, 'manifest.json')
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { media?: string | null; mediaNotIncluded?: string }) : {}
  const notIncluded = manifest.mediaNotIncluded
  const archive = path.join(source, 'media.tar.gz')
  // An incomplete copy of the folder: restoring the database alone would leave other uploads.
  if (manifest.media && !existsSync(path.join(source, manifest.media)))
    throw new Error(`the backup lists ${manifest.media} but ${source} has none (an incomplete copy?); nothing was changed`)
  const media = mediaDir()
  // Inside the media folder (the same file system; it may be a mount point, which must stay):
  // swapping is then renames.
  const incoming = path.join(media, RESTORE_FOLDERS.incoming)
  const previous = path.join(media, RESTORE_FOLDERS.previous)
  if (existsSync(previous) && readdirSync(previous).length)
    throw new Error(
      `an earlier restore was killed while swapping the uploads: those it set aside are in ${previous}. ` +
        `If the site shows the backup's content, that restore stood: delete that folder. Otherwise move them back into ${media}, then run this again.`,
    )
  const ours = (entry: string) => entry === RESTORE_FOLDERS.incoming || entry === RESTORE_FOLDERS.previous
  // What went where, so that swapping back touches nothing else.
  const setAside: string[] = []
  const brought: string[] = []
  const swapBack = () => {
    for (const entry of brought.splice(0)) rmSync(path.join(media, entry), { recursive: true, force: true })
    for (const entry of setAside.splice(0)) renameSync(path.join(previous, entry), path.join(media, entry))
  }
  // A stop signal during the swap is acted on between two renames (none is then under way).
  let swapping = false
  let stopDuringSwap: NodeJS.Signals | null = null
  const checkStop = () => {
    if (stopDuringSwap) throw new Error(`stopped (${stopDuringSwap}); nothing was changed`)
  }
  rmSync(incoming, { recursive: true, force: true })
  rmSync(previous, { recursive: true, force: true })
  let committed = false
  // Ctrl+C or a stop while the uploads are swapped: psql ends with this process group, so the
  // transaction rolls back, and the uploads go back too. Once COMMIT is sent, it is let finish.
  let committing = false
  let stopRequested: NodeJS.Signals | null = null
  const onSignal = (signal: NodeJS.Signals) => {
    if (committing) {
      stopRequested = signal
      return
    }
    if (swapping) {
      stopDuringSwap = signal
      return
    }
    swapBack()
    rmSync(incoming, { recursive: true, force: true })
    rmSync(previous, { recursive: true, force: true })
    console.error(`Restore failed: stopped (${signal}); nothing was changed.`)
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal)
  try {
    await restoreInOneTransaction(url, path.join(source, 'database.dump'), async () => {
      if (!existsSync(archive)) return
      mkdirSync(incoming, { recursive: true })
      const tar = spawn('tar', ['-xzf', archive, '-C', incoming], { stdio: ['ignore', 'ignore', 'inherit'] })
      const code = await exited(tar)
      if (code !== 0) throw new Error(`tar could not unpack ${archive} (exit ${code}); nothing was changed`)
      mkdirSync(previous)
      swapping = true
      try {
        // One await per file: a stop signal is taken between two renames (tsx, which runs this
        // script, kills a child that does not take a signal within 30 ms).
        for (const entry of readdirSync(media).filter((name) => !ours(name))) {
          await rename(path.join(media, entry), path.join(previous, entry))
          setAside.push(entry)
          checkStop()
        }
        for (const entry of readdirSync(incoming)) {
          await rename(path.join(incoming, entry), path.join(media, entry))
          brought.push(entry)
          checkStop()
        }
      } catch (error) {
        swapBack()
        throw error
      } finally {
        swapping = false
      }
      committing = true
    })
    committing = true
    committed = true
  } catch (error) {
    // COMMIT refused or never sent: the uploads go back as they were.
    if (!committed) {
      swapBack()
      rmSync(previous, { recursive: true, force: true })
    }
    committing = false
    throw error
  } finally {
    rmSync(incoming, { recursive: true, force: true })
  }
  // Without --replace the folder's other files stay (the backup's win on a name they share).
  if (!replace) for (const entry of setAside) if (!existsSync(path.join(media, entry))) renameSync(path.join(previous, entry), path.join(media, entry))
  rmSync(previous, { recursive: true, force: true })
  console.log(`Restored ${path.resolve(source)} into ${new URL(url).pathname.slice(1)} and ${media}`)
  if (stopRequested) {
    console.error(`Stopped (${stopRequested}) once the restore was complete: the shared page cache was not emptied.`)
    process.exit(stopRequested === 'SIGINT' ? 130 : 143)
  }
  if (notIncluded) console.warn(`The uploaded images were not in this backup: they stay in ${notIncluded}. Restore them there with the store's own tools.`)
  await flushSharedCache()
})
