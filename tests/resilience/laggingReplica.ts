import { execFile } from 'node:child_process'
import { appendFileSync, chownSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import { freePort } from '@/scripts/freePort'

const run = promisify(execFile)

/** Debian's PostgreSQL server tools (the embedded package ships no pg_basebackup). */
const BIN = '/usr/lib/postgresql/15/bin'

/** PostgreSQL refuses to run as root: as root, its tools run as the unprivileged `postgres` user. */
const asPostgres = (tool: string, args: string[]) =>
  process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', path.join(BIN, tool), ...args]) : run(path.join(BIN, tool), args)

export type LaggingCluster = {
  /** The primary's server URL (database `postgres`). */
  primary: string
  /** The replica's server URL: read-only, `delayMs` behind the primary. */
  replica: string
  delayMs: number
  stop: () => Promise<void>
}

/**
 * A PostgreSQL 15 primary and a streaming replica of it that applies every commit `delayMs`
 * late (`recovery_min_apply_delay`), on loopback ports, in a folder of their own. `stop` stops
 * both and deletes the folder; call it in afterAll, it is safe after a half-done start.
 */
export const startLaggingCluster = async (delayMs: number): Promise<LaggingCluster> => {
  const work = mkdtempSync(path.join(tmpdir(), 'reperes-replica-'))
  if (process.getuid?.() === 0) {
    const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout)
    chownSync(work, await id('-u'), await id('-g'))
  }
  const primaryDir = path.join(work, 'primary')
  const replicaDir = path.join(work, 'replica')
  const started: string[] = []
  const stop = async () => {
    for (const dir of started.reverse()) await asPostgres('pg_ctl', ['-D', dir, '-m', 'immediate', 'stop']).catch(() => {})
    rmSync(work, { recursive: true, force: true })
  }
  try {
    const [primaryPort, replicaPort] = [await freePort(), await freePort()]
    const start = async (dir: string, port: number) => {
      await asPostgres('pg_ctl', ['-D', dir, '-l', path.join(work, `${path.basename(dir)}.log`), '-w', '-t', '60', '-o', `-p ${port} -k ${work} -c listen_addresses=127.0.0.1`, 'start'])
      started.push(dir)
    }
    // initdb's trust setup lets loopback connections replicate as well.
    await asPostgres('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
    await start(primaryDir, primaryPort)
    await asPostgres('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream'])
    appendFileSync(path.join(replicaDir, 'postgresql.auto.conf'), `recovery_min_apply_delay = '${delayMs}ms'\n`)
    await start(replicaDir, replicaPort)
    const replica = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`
    const client = new pg.Client({ connectionString: replica })
    await client.connect()
    const { rows } = await client.query<{ standby: boolean }>('select pg_is_in_recovery() as standby')
    await client.end()
    if (!rows[0]?.standby) throw new Error('the replica is not in recovery')
    return { primary: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`, replica, delayMs, stop }
  } catch (error) {
    await stop()
    throw new Error(`could not start a primary and its replica as ${process.getuid?.() === 0 ? 'postgres' : userInfo().username}: ${(error as Error).message}`)
  }
}
