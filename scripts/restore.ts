// `npm run restore -- <backup folder>`: puts a `npm run backup` folder back into the
// configured database and media folder. Replaces what is there (tables, functions, text search
// configuration, uploads), so a database that already holds content needs `--replace`.
// All or nothing: the old schema is dropped and the backup loaded in one transaction, committed
// only once the whole dump went in and the uploads were unpacked beside the old ones; a restore
// that fails half-way leaves the database and the media folder as they were.
// Stop the app first, and start it after.
import './loadEnv'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { finished } from 'node:stream/promises'

import pg from 'pg'

import { mediaDir, pgConnection, pgTool, runOnce } from './pgTools'
import { flushSharedCache } from './sharedCache'

const args = process.argv.slice(2)
const source = args.find((arg) => !arg.startsWith('--'))
const replace = args.includes('--replace')
if (!source || !existsSync(path.join(source, 'database.dump'))) {
  console.error('Usage: npm run restore -- <folder written by npm run backup> [--replace]')
  process.exit(2)
}

const exited = (child: ReturnType<typeof spawn>) => new Promise<number>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))))

/**
 * The dump's SQL (pg_restore's script output) run by psql inside one transaction that first
 * empties the schema, a clean slate rather than pg_restore --clean: objects created after the
 * backup (a newer migration's tables) would otherwise survive beside the restored ones.
 * `beforeCommit` runs once every statement succeeded; COMMIT is sent only if it succeeds too.
 * Otherwise psql's input ends inside the transaction and PostgreSQL rolls it back.
 */
const restoreInOneTransaction = async (url: string, dump: string, beforeCommit: () => Promise<void>) => {
  const connection = pgConnection(url)
  const psql = spawn(await pgTool('psql', url), ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', `--dbname=${connection.target}`], {
    stdio: ['pipe', 'ignore', 'inherit'],
    env: connection.env,
  })
  const psqlDone = exited(psql)
  psql.stdin!.on('error', () => {}) // psql stopped on an error: its exit code says so
  psql.stdin!.write('begin;\ndrop schema public cascade;\ncreate schema public;\n')
  const restore = spawn(await pgTool('pg_restore', url), ['--no-owner', '--no-privileges', '--exit-on-error', '--file=-', dump], { stdio: ['ignore', 'pipe', 'inherit'] })
  restore.stdout!.pipe(psql.stdin!, { end: false })
  // Every line of the dump handed to psql before anything follows it.
  const [restoreCode] = await Promise.all([exited(restore), finished(restore.stdout!)])
  try {
    if (restoreCode !== 0) throw new Error(`pg_restore could not read ${dump} to its end (exit ${restoreCode})`)
    if (psql.exitCode !== null) throw new Error(`a statement of the backup failed (psql exit ${psql.exitCode})`)
    await beforeCommit()
  } catch (error) {
    psql.stdin!.end()
    await psqlDone
    throw error
  }
  psql.stdin!.end('commit;\n')
  const code = await psqlDone
  if (code !== 0) throw new Error(`a statement of the backup failed (psql exit ${code})`)
}

await runOnce('Restore', async (url) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = 'public'`)
  await client.end()
  if (rows[0]!.n > 0 && !replace) throw new Error(`${new URL(url).pathname.slice(1)} already holds ${rows[0]!.n} tables: add --replace to overwrite them.`)

  const archive = path.join(source, 'media.tar.gz')
  const media = mediaDir()
  // Unpacked inside the media folder (the same file system, possibly a mount point, which must
  // stay): swapping in is then a few renames.
  const staging = path.join(media, `.restauration-${process.pid}`)
  try {
    await restoreInOneTransaction(url, path.join(source, 'database.dump'), async () => {
      if (!existsSync(archive)) return
      mkdirSync(staging, { recursive: true })
      const tar = spawn('tar', ['-xzf', archive, '-C', staging], { stdio: ['ignore', 'ignore', 'inherit'] })
      const code = await exited(tar)
      if (code !== 0) throw new Error(`tar could not unpack ${archive} (exit ${code})`)
    })
    if (existsSync(staging)) {
      if (replace) for (const entry of readdirSync(media)) if (path.join(media, entry) !== staging) rmSync(path.join(media, entry), { recursive: true, force: true })
      for (const entry of readdirSync(staging)) renameSync(path.join(staging, entry), path.join(media, entry))
    }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
  console.log(`Restored ${path.resolve(source)} into ${new URL(url).pathname.slice(1)} and ${media}`)
  await flushSharedCache()
})
