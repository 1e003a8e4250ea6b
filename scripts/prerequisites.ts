// What each test layer needs from the machine besides Node and PostgreSQL, checked before the
// layer runs: a missing one fails that layer at once with a sentence naming it and how to get
// it (Debian package names; README, "Tests"), not with a stack trace minutes later.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'

import { nginxBinary } from './localNginx'
import { pgTool, serverTools } from './pgTools'

export const LAYERS = ['unit', 'int', 'e2e', 'resilience'] as const
export type Layer = (typeof LAYERS)[number]

const onPath = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const answers = (url: URL) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 6379), timeout: 1500 })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.once('connect', () => done(true)).once('error', () => done(false)).once('timeout', () => done(false))
  })

/** Sentences for what `layer` lacks on this machine; empty when it has everything. */
export const missingFor = async (layer: Layer, serverUrl: string): Promise<string[]> => {
  const missing: string[] = []
  if (layer === 'int') {
    // tests/int/backup.test.ts dumps and restores with the server's own major version or newer.
    // psql runs the restore in one transaction.
    for (const tool of ['pg_dump', 'pg_restore', 'psql'] as const)
      await pgTool(tool, serverUrl).catch((error: Error) => missing.push(`${error.message} The backup test needs it.`))
  }
  if (layer === 'e2e') {
    if (!['/usr/bin/chromium', '/usr/bin/chromium-browser'].some(existsSync))
      missing.push('Chromium is needed by the browser tests (Playwright cannot download its own here): apt-get install chromium.')
    if (!onPath('jing')) missing.push('jing validates the Atom feed against RFC 4287’s schema in the browser tests: apt-get install jing.')
  }
  if (layer === 'resilience') {
    if (!nginxBinary()) missing.push('nginx runs the proxy configuration of deploy/ in the resilience tests: apt-get install nginx.')
    if (!onPath('redis-server')) missing.push('redis-server is started and killed by the Redis-down resilience test: apt-get install redis-server.')
    if (!['/usr/bin/chromium', '/usr/bin/chromium-browser'].some(existsSync))
      missing.push('Chromium fills the first-account screen in the resilience tests: apt-get install chromium.')
    for (const tool of ['pg_dump', 'pg_restore', 'psql'] as const)
      await pgTool(tool, serverUrl).catch((error: Error) => missing.push(`${error.message} The restored-backup resilience test needs it.`))
    if (!serverTools()) missing.push('The lagging-replica test builds a PostgreSQL primary and replica with Debian’s server tools (initdb, pg_basebackup): apt-get install postgresql.')
    const redis = new URL(process.env.REDIS_URL || 'redis://127.0.0.1:6379')
    if (!(await answers(redis)))
      missing.push(`Redis must answer on ${redis.host} for the two-server resilience test (REDIS_URL to use another): apt-get install redis-server, then redis-server --daemonize yes.`)
  }
  return missing
}
