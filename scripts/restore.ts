// `npm run restore -- <backup folder>`: puts a `npm run backup` folder back into the
// configured database and media folder. Replaces what is there (tables, functions, text search
// configuration, uploads), so a database that already holds content needs `--replace`.
// Stop the app first, and start it after: its page cache is cleared on start.
import './loadEnv'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { mediaDir, pgConnection, pgTool, runOnce } from './pgTools'

const args = process.argv.slice(2)
const source = args.find((arg) => !arg.startsWith('--'))
const replace = args.includes('--replace')
if (!source || !existsSync(path.join(source, 'database.dump'))) {
  console.error('Usage: npm run restore -- <folder written by npm run backup> [--replace]')
  process.exit(2)
}

await runOnce('Restore', async (url) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from pg_tables where schemaname = 'public'`)
  if (rows[0]!.n > 0 && !replace) {
    await client.end()
    throw new Error(`${new URL(url).pathname.slice(1)} already holds ${rows[0]!.n} tables: add --replace to overwrite them.`)
  }
  // A clean slate rather than pg_restore --clean: objects created after the backup (a newer
  // migration's tables) would otherwise survive beside the restored ones.
  if (replace) await client.query('drop schema public cascade; create schema public')
  await client.end()
  const connection = pgConnection(url)
  execFileSync(await pgTool('pg_restore', url), ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${connection.target}`, path.join(source, 'database.dump')], {
    stdio: 'inherit',
    env: connection.env,
  })
  const archive = path.join(source, 'media.tar.gz')
  if (existsSync(archive)) {
    const media = mediaDir()
    if (replace) rmSync(media, { recursive: true, force: true })
    mkdirSync(media, { recursive: true })
    execFileSync('tar', ['-xzf', archive, '-C', media])
  }
  console.log(`Restored ${path.resolve(source)} into ${new URL(url).pathname.slice(1)} and ${mediaDir()}`)
})
