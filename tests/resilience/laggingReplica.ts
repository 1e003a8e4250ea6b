import { execFile, execFileSync } from 'node:child_process'
import { appendFileSync, chownSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import { freePorts } from '@/scripts/freePort'
import { serverTools } from '@/scripts/pgTools'
import { atProcessEnd } from './harness'

const run = promisify(execFile)

/** PostgreSQL refuses to run as root: as root, its tools run as the unprivileged `postgres` user. */
const asPostgresArgs = (bin: string, tool: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args]

export type LaggingCluster = {
  /** The primary's server URL (database `postgres`). */
  primary: string
  /** The replica's server URL: read-only, `delayMs` behind the primary. */
  replica: string
  delayMs: number
  /** Stops the replica only (immediate shutdown, as a crash). */
  stopReplica: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * A PostgreSQL primary and a streaming replica of it that applies every commit `delayMs` late
 * (`recovery_min_apply_delay`), on loopback ports, in a folder of their own. `stop` stops both
 * and deletes the folder; call it in afterAll. It is safe after a half-done start, and runs by
 * itself if the test process ends first.
 */
export const startLaggingCluster = async (delayMs: number): Promise<LaggingCluster> => {
  const bin = serverTools()
  if (!bin) throw new Error('No PostgreSQL server tools with pg_basebackup under /usr/lib/postgresql: apt-get install postgresql.')
  const tool = (name: string, args: string[]) => run(...asPostgresArgs(bin, name, args))
  const work = mkdtempSync(path.join(tmpdir(), 'reperes-replica-'))
  if (process.getuid?.() === 0) {
    const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout)
    chownSync(work, await id('-u'), await id('-g'))
  }
  const started: string[] = []
  const stopNow = () => {
    for (const dir of [...started].reverse()) {
      try {
        execFileSync(...asPostgresArgs(bin, 'pg_ctl', ['-D', dir, '-m', 'immediate', 'stop']), { stdio: 'ignore' })
      } catch {
        // Not running.
      }
    }
    started.length = 0
    rmSync(work, { recursive: true, force: true })
  }
  const forget = atProcessEnd(stopNow)
  const stop = async () => {
    for (const dir of [...started].reverse()) await tool('pg_ctl', ['-D', dir, '-m', 'immediate', 'stop']).catch(() => {})
    started.length = 0
    rmSync(work, { recursive: true, force: true })
    forget()
  }
  try {
    const primaryDir = path.join(work, 'primary')
    const replicaDir = path.join(work, 'replica')
    const [primaryPort, replicaPort] = (await freePorts(2)) as [number, number]
    const start = async (dir: string, port: number) => {
      started.push(dir)
      await tool('pg_ctl', ['-D', dir, '-l', path.join(work, `${path.basename(dir)}.log`), '-w', '-t', '60', '-o', `-p ${port} -k ${work} -c listen_addresses=127.0.0.1`, 'start'])
    }
    // initdb's trust setup lets loopback connections replicate as well.
    await tool('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
    await start(primaryDir, primaryPort)
    await tool('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream'])
    appendFileSync(path.join(replicaDir, 'postgresql.auto.conf'), `recovery_min_apply_delay = '${delayMs}ms'\n`)
    await start(replicaDir, replicaPort)
    const replica = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`
    const client = new pg.Client({ connectionString: replica })
    await client.connect()
    const { rows } = await client.query<{ standby: boolean }>('select pg_is_in_recovery() as standby')
    await client.end()
    if (!rows[0]?.standby) throw new Error('the replica is not in recovery')
    const stopReplica = async () => void (await tool('pg_ctl', ['-D', replicaDir, '-m', 'immediate', 'stop']))
    return { primary: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`, replica, delayMs, stopReplica, stop }
  } catch (error) {
    await stop()
    throw new Error(`could not start a primary and its replica with ${bin} as ${process.getuid?.() === 0 ? 'postgres' : userInfo().username}: ${(error as Error).message}`)
  }
}
