import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

const major = (version: string) => Number(version.match(/(\d+)(?:\.\d+)?/)?.[1] ?? 0)

/**
 * pg_dump / pg_restore / psql able to read the server behind `url`. They refuse a server newer than
 * themselves, so the newest installed client wins (Debian keeps each major under
 * /usr/lib/postgresql/<major>/bin); a clear message when none is recent enough.
 */
export const pgTool = async (tool: 'pg_dump' | 'pg_restore' | 'psql', url: string): Promise<string> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const serverMajor = major((await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version)
  await client.end()
  const candidates = [
    ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').map((dir) => path.join('/usr/lib/postgresql', dir, 'bin', tool)) : []),
    tool,
  ]
  const usable = candidates
    .map((bin) => {
      try {
        return { bin, major: major(execFileSync(bin, ['--version'], { encoding: 'utf8' })) }
      } catch {
        return null
      }
    })
    .filter((found): found is { bin: string; major: number } => Boolean(found) && found!.major >= serverMajor)
    .sort((a, b) => b.major - a.major)
  if (!usable[0])
    throw new Error(`${tool} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server (apt-get install postgresql-client-${serverMajor}).`)
  return usable[0].bin
}

/**
 * The newest PostgreSQL server tools Debian installed (/usr/lib/postgresql/<major>/bin) that can
 * build a replica, or null. The embedded package ships no pg_basebackup.
 */
export const serverTools = (): string | null => {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const majors = readdirSync(root)
    .filter((major) => ['initdb', 'pg_ctl', 'pg_basebackup'].every((tool) => existsSync(path.join(root, major, 'bin', tool))))
    .sort((a, b) => Number(b) - Number(a))
  return majors[0] ? path.join(root, majors[0], 'bin') : null
}

export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || '.data/media')

/** Folders a restore works in, inside the media folder; a backup leaves them out. */
export const RESTORE_FOLDERS = { incoming: '.restauration-nouveaux', previous: '.restauration-anciens' }

/**
 * A database URL as pg_dump / pg_restore take it: the password moves to PGPASSWORD, out of the
 * arguments (visible in `ps`) and out of the error message a failed command prints.
 */
export const pgConnection = (url: string): { target: string; env: NodeJS.ProcessEnv } => {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { target: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } }
}

/** Runs a one-shot script's work on the prepared environment, then exits 0, or 1 with `label` and the reason. */
export const runOnce = async (label: string, work: (databaseUrl: string) => Promise<void>): Promise<never> => {
  const { prepareEnvironment } = await import('./localEnvironment')
  const environment = await prepareEnvironment()
  let exitCode = 0
  try {
    await work(process.env.DATABASE_URL!)
  } catch (error) {
    console.error(`${label} failed: ${error instanceof Error ? error.message : error}`)
    exitCode = 1
  } finally {
    await environment.stop()
  }
  process.exit(exitCode)
}
