// `npm run restore -- <backup folder>`: puts a `npm run backup` folder back into the
// configured database and media folder. Replaces what is there (tables, functions, text search
// configuration, uploads), so a database that already holds content needs `--replace`.
// All or nothing: the old schema is dropped and the backup loaded in one transaction; the
// uploads are unpacked beside the old ones and swapped in (renames) before COMMIT, and swapped
// back if COMMIT fails. A restore that fails half-way leaves the database and the media folder
// as they were. Stop the app first, and start it after.
import './loadEnv'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'

import pg from 'pg'

import { mediaDir, pgConnection, pgTool, RESTORE_FOLDERS, runOnce } from './pgTools'
import { flushSharedCache } from './sharedCache'

const args = process.argv.slice(2)
const source = args.find((arg) => !arg.startsWith('--'))
const replace = args.includes('--replace')
if (!source || !existsSync(path.join(source, 'database.dump'))) {
  console.error('Usage: npm run restore -- <folder written by npm run backup> [--replace]')
  process.exit(2)
}

const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<number>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)))))

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
  const ranEverything = new Promise<boolean>((resolve) => {
    createInterface({ input: psql.stdout! }).on('line', (line) => line === DONE && resolve(true))
    void psqlDone.then(() => resolve(false))
  })
  psql.stdin!.on('error', () => {}) // psql stopped on an error: its exit code says so
  // A server left running holds locks the drop waits for: fail clearly instead of waiting.
  // Not the list of every object the drop cascades to.
  psql.stdin!.write(`set client_min_messages = warning;\nbegin;\nset lock_timeout = '10s';\n${replace ? 'drop schema public cascade;\ncreate schema public;\n' : ''}`)
  const restore = spawn(await pgTool('pg_restore', url), ['--no-owner', '--no-privileges', '--exit-on-error', '--file=-', dump], { stdio: ['ignore', 'pipe', 'inherit'] })
  restore.stdout!.pipe(psql.stdin!, { end: false })
  // psql stopping on an error reads no more: pg_restore, blocked on a full pipe, is stopped.
  void psqlDone.then(() => {
    restore.stdout!.unpipe()
    restore.kill()
  })
  const restoreCode = await exited(restore)
  const psqlFailed = () =>
    new Error(
      /lock timeout/.test(errors)
        ? 'another connection holds the tables (an app server still running?): stop it and start again; nothing was changed'
        : `a statement of the backup failed (psql exit ${psql.exitCode}); nothing was changed`,
    )
  if (psql.exitCode !== null) throw psqlFailed()
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
  if (code !== 0) throw new Error(`COMMIT failed (psql exit ${code})`)
}

await runOnce('Restore', async (url) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = 'public'`)
  await client.end()
  if (rows[0]!.n > 0 && !replace) throw new Error(`${new URL(url).pathname.slice(1)} already holds ${rows[0]!.n} tables: add --replace to overwrite them.`)

  const manifestFile = path.join(source, 'manifest.json')
  const notIncluded = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { mediaNotIncluded?: string }).mediaNotIncluded : undefined
  const archive = path.join(source, 'media.tar.gz')
  const media = mediaDir()
  // Inside the media folder (the same file system; it may be a mount point, which must stay):
  // swapping is then renames. Left over by an interrupted restore, they are cleared first.
  const incoming = path.join(media, RESTORE_FOLDERS.incoming)
  const previous = path.join(media, RESTORE_FOLDERS.previous)
  const ours = (entry: string) => entry === RESTORE_FOLDERS.incoming || entry === RESTORE_FOLDERS.previous
  const move = (from: string, to: string) => {
    for (const entry of readdirSync(from)) if (!ours(entry)) renameSync(path.join(from, entry), path.join(to, entry))
  }
  let swapped = false
  const swapBack = () => {
    if (!swapped) return
    for (const entry of readdirSync(media)) if (!ours(entry)) rmSync(path.join(media, entry), { recursive: true, force: true })
    move(previous, media)
    swapped = false
  }
  rmSync(incoming, { recursive: true, force: true })
  rmSync(previous, { recursive: true, force: true })
  try {
    await restoreInOneTransaction(url, path.join(source, 'database.dump'), async () => {
      if (!existsSync(archive)) return
      mkdirSync(incoming, { recursive: true })
      const tar = spawn('tar', ['-xzf', archive, '-C', incoming], { stdio: ['ignore', 'ignore', 'inherit'] })
      const code = await exited(tar)
      if (code !== 0) throw new Error(`tar could not unpack ${archive} (exit ${code}); nothing was changed`)
      mkdirSync(previous)
      try {
        swapped = true
        move(media, previous)
        move(incoming, media)
      } catch (error) {
        swapBack()
        throw error
      }
    })
    // Without --replace the folder's other files stay (the backup's win on a name they share).
    if (swapped && !replace) for (const entry of readdirSync(previous)) if (!existsSync(path.join(media, entry))) renameSync(path.join(previous, entry), path.join(media, entry))
  } catch (error) {
    swapBack()
    throw error
  } finally {
    rmSync(incoming, { recursive: true, force: true })
    if (!swapped) rmSync(previous, { recursive: true, force: true })
  }
  rmSync(previous, { recursive: true, force: true })
  console.log(`Restored ${path.resolve(source)} into ${new URL(url).pathname.slice(1)} and ${media}`)
  if (notIncluded) console.warn(`The uploaded images were not in this backup: they stay in ${notIncluded}. Restore them there with the store's own tools.`)
  await flushSharedCache()
})
