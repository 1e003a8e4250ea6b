import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'

import { createClient } from '@redis/client'
import pg from 'pg'
import type { Payload } from 'payload'

import { QUEUE_LOCK } from '@/payload/jobs/oneRunnerAtATime'
import { databaseUrl } from '@/scripts/databases'
import { freePort } from '@/scripts/freePort'
import { startLocalNginx } from '@/scripts/localNginx'
import { waitFor } from '@/scripts/waitFor'

export { waitFor }

const tsx = createRequire(import.meta.url).resolve('tsx/cli')


/**
 * What every test's app needs: its database on `server`, its media folder, a secret, an admin.
 * Not the developer's Redis (REDIS_URL in .env): an app on it would share its page cache with
 * other servers; a test that wants Redis sets both variables on the result.
 */
export const appEnvironment = ({ server, database, work, admin }: { server: string; database: string; work: string; admin?: { email: string; password: string } }) => {
  const { REDIS_URL: _url, REDIS_KEY_PREFIX: _prefix, ...inherited } = process.env
  return {
    ...inherited,
    // Empty rather than unset: .env, read by every script, would set a developer's again.
    REDIS_URL: '',
    DATABASE_URL: databaseUrl(server, database),
    MEDIA_DIR: `${work}/media`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    ...(admin ? { SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password } : {}),
  }
}

/** Runs a script of ours to its end (seed, migrate) in its own process. */
export const runScript = (script: string, env: NodeJS.ProcessEnv): Promise<void> =>
  new Promise((resolve, reject) =>
    spawn(process.execPath, [tsx, script], { env, stdio: ['ignore', 'ignore', 'inherit'] }).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`)),
    ),
  )

/**
 * Process groups of the apps this test process started and has not killed yet. An app's group is
 * detached from ours, so a worker that ends without its afterAll (a timed-out hook, an uncaught
 * error, Ctrl+C) would leave the Next server running: the last thing this process does is kill
 * them. Vitest ends its workers with SIGTERM, after which Node emits no 'exit': the signals too,
 * each then taking the process down as it would have (the listener is gone once called).
 */
const appGroups = new Set<number>()
const endCleanups = new Set<() => void>()

/**
 * Runs `cleanup` (synchronous: nothing asynchronous runs at exit) if this test process ends
 * without calling the function returned, which a test calls once it has stopped the thing itself.
 */
export const atProcessEnd = (cleanup: () => void): (() => void) => {
  endCleanups.add(cleanup)
  return () => endCleanups.delete(cleanup)
}

const killAppGroups = () => {
  for (const cleanup of endCleanups) {
    try {
      cleanup()
    } catch {
      // The next one still runs.
    }
  }
  endCleanups.clear()
  for (const group of appGroups) {
    try {
      process.kill(-group, 'SIGKILL')
    } catch {
      // Gone already.
    }
  }
}
process.on('exit', killAppGroups)
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const)
  process.once(signal, () => {
    killAppGroups()
    process.kill(process.pid, signal)
  })

export type App = { base: string; port: number; process: ChildProcess; log: () => string; stop: (graceMs?: number) => Promise<void>; crash: () => void }

/** `npm start` (scripts/start.mjs, the production build) on a free port; its output kept for failures. */
export const startApp = async (env: NodeJS.ProcessEnv): Promise<App> => {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let output = ''
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { PAYLOAD_SECRET: randomBytes(32).toString('hex'), ...env, PORT: String(port), SITE_URL: base, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a crash takes the Next server down with the wrapper, as a dying machine would.
    detached: true,
  })
  appGroups.add(child.pid!)
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk) => (output = (output + chunk).slice(-20_000)))
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
    appGroups.delete(child.pid!)
  }
  /**
   * SIGTERM to the whole group, then SIGKILL after `graceMs`: a server stuck on a dependency
   * (a hung Redis) ignores SIGTERM, and the wrapper may exit while the Next server does not.
   */
  const stop = async (graceMs = 20_000) => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      try {
        process.kill(-child.pid!, 'SIGTERM')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
      }
      let timer: NodeJS.Timeout | undefined
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))])
      clearTimeout(timer)
    }
    killGroup()
  }
  // A server that never became ready is stopped here: nobody else holds it to stop it.
  await waitFor(`${base}/actualites`).catch(async (error: Error) => {
    await stop(5_000)
    throw new Error(`${error.message}\n${output.slice(-4_000)}`)
  })
  return { base, port, process: child, log: () => output, crash: killGroup, stop }
}

export type Sample = { at: number; url: string; status: number; body: string }

/** How many answers had each status (0: no answer), for a failure message or a log line. */
export const byStatus = (samples: Sample[]): Record<number, number> => {
  const counts: Record<number, number> = {}
  for (const sample of samples) counts[sample.status] = (counts[sample.status] ?? 0) + 1
  return counts
}

/**
 * Visitors: `connections` loops fetching `nextUrl()` until `stop()`, each answer recorded with
 * its time. A failed connection is recorded as status 0.
 */
export const visitors = (connections: number, nextUrl: () => string) => {
  const samples: Sample[] = []
  let running = true
  const loops = Array.from({ length: connections }, async () => {
    while (running) {
      const url = nextUrl()
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
        samples.push({ at: Date.now(), url, status: response.status, body: response.status === 200 ? '' : await response.text() })
        if (response.status === 200) await response.arrayBuffer().catch(() => {})
      } catch (error) {
        samples.push({ at: Date.now(), url, status: 0, body: String(error) })
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
  })
  return {
    samples,
    stop: async () => {
      running = false
      await Promise.all(loops)
      return samples
    },
  }
}

/** An editor's session: the API token, and the cookie a browser would keep from the same login. */
export const logIn = async (base: string, account: { email: string; password: string }): Promise<{ token: string; cookie: string }> => {
  const response = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account) })
  if (response.status !== 200) throw new Error(`login as ${account.email} answered ${response.status}: ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { token, cookie: cookiesFrom(response) }
}

/** The `name=value` pairs a response sets, as a Cookie request header. */
export const cookiesFrom = (response: Response): string =>
  response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .join('; ')

/**
 * Ends a process this test started (nginx, redis-server) and waits until it has gone; with
 * `graceMs`, one still there after that long is killed.
 */
export const stopChild = async (child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM', graceMs?: number): Promise<void> => {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill(signal)
  if (graceMs !== undefined) {
    let timer: NodeJS.Timeout | undefined
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))])
    clearTimeout(timer)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  await exited
}

/**
 * A free loopback port held by us until `release()`: a server that starts slowly (the app, whose
 * address must be known before nginx can start) would otherwise leave the port chosen for
 * nginx to whichever process on the machine asks for a free port meanwhile.
 */
export const reservePort = async (): Promise<{ port: number; release: () => Promise<void> }> => {
  const holder = net.createServer()
  await new Promise<void>((resolve, reject) => holder.once('error', reject).listen(0, '127.0.0.1', resolve))
  const { port } = holder.address() as net.AddressInfo
  return { port, release: () => new Promise((resolve) => holder.close(() => resolve())) }
}

/**
 * deploy/nginx.conf in front of `appPorts` on the reserved port (scripts/localNginx.ts), once
 * nginx holds that port: it writes its pid file only after binding, and exits when it cannot.
 */
export const startProxy = async ({ work, appPorts, reserved, refreshSecret, pageLifetime }: { work: string; appPorts: number[]; reserved: Awaited<ReturnType<typeof reservePort>>; refreshSecret: string; pageLifetime?: string }) => {
  await reserved.release()
  const child = startLocalNginx({ work, appPorts, proxyPort: reserved.port, refreshSecret, pageLifetime })
  const started = Date.now()
  while (!existsSync(path.join(work, 'nginx.pid'))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() - started > 10_000) {
      // Nobody else holds it to stop it. SIGTERM first: killed outright, nginx's master would leave its workers.
      await stopChild(child, 'SIGTERM', 5_000)
      throw new Error(`nginx did not start on port ${reserved.port}: ${existsSync(path.join(work, 'nginx-error.log')) ? readFileSync(path.join(work, 'nginx-error.log'), 'utf8') : ''}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return { child, front: `http://127.0.0.1:${reserved.port}` }
}

export type Redis = { url: string; process: ChildProcess; stop: () => Promise<void> }

/** A redis-server of this test's own on a free loopback port, nothing kept on disk; resolves once it answers. */
export const startRedis = async (): Promise<Redis> => {
  const reserved = await reservePort()
  await reserved.release()
  const child = spawn('redis-server', ['--port', String(reserved.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  const url = `redis://127.0.0.1:${reserved.port}`
  const started = Date.now()
  for (;;) {
    const probe = createClient({ url, socket: { reconnectStrategy: false } })
    probe.on('error', () => {})
    try {
      await probe.connect()
      await probe.quit()
      break
    } catch {
      if (child.exitCode !== null || Date.now() - started > 10_000) {
        await stopChild(child, 'SIGKILL')
        throw new Error(`redis-server did not start on port ${reserved.port}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return {
    url,
    process: child,
    stop: () => stopChild(child, 'SIGKILL'),
  }
}


/** `count` news drafts, each with its publication queued for `at`; their ids. */
export const scheduleDrafts = async (payload: Payload, count: number, at: Date): Promise<number[]> => {
  const drafts: number[] = []
  for (let n = 1; n <= count; n += 1) {
    const draft = await payload.create({ collection: 'news', data: { title: `Programmé ${n} ${Date.now()}`, excerpt: 'x', _status: 'draft' }, draft: true })
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } }, waitUntil: at })
    drafts.push(draft.id)
  }
  return drafts
}

/**
 * Once the scheduled publication of every news post in `drafts` has run, how many published
 * versions each got (in `drafts` order; 1 each when every job ran once). Done when the evidence
 * says so, not after a fixed wait: every post published, none of their jobs left in the queue
 * (completed jobs are deleted), and at that same moment no server holding the queue lock, so no
 * run that claimed one of them is still going. Throws after `timeoutMs`.
 */
export const scheduledPublications = async (databaseUrl: string, drafts: number[], timeoutMs = 60_000): Promise<number[]> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const settled = async () =>
      (
        await client.query<{ done: boolean }>(
          `select (select count(*) from news where id = any($1) and _status = 'published') = cardinality($1::int[])
              and not exists (select 1 from payload_jobs where task_slug = 'schedulePublish')
              and not exists (select 1 from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())
                               and classid = 0 and objid = $2 and objsubid = 1 and granted) as done`,
          [drafts, QUEUE_LOCK],
        )
      ).rows[0]!.done
    const deadline = Date.now() + timeoutMs
    while (!(await settled())) {
      if (Date.now() > deadline) throw new Error('scheduled posts still queued or being run')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const { rows } = await client.query<{ parent: number; n: number }>(
      `select parent_id as parent, count(*)::int as n from _news_v where parent_id = any($1) and version__status = 'published' group by parent_id`,
      [drafts],
    )
    return drafts.map((id) => rows.find((row) => row.parent === id)?.n ?? 0)
  } finally {
    await client.end()
  }
}

export type Cable = { url: string; cut: () => Promise<void>; plug: () => Promise<void>; close: () => Promise<void> }

/**
 * A TCP relay to `target` (host:port) on a loopback port of its own: `cut()` drops every
 * connection through it and refuses new ones, as a network partition would, while the server
 * behind keeps its data; `plug()` lets connections through again on the same port.
 */
export const startCable = async (target: { host: string; port: number }, scheme = 'redis'): Promise<Cable> => {
  const sockets = new Set<net.Socket>()
  const relay = net.createServer((client) => {
    const upstream = net.connect(target)
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      sockets.add(from)
      from.on('error', () => to.destroy())
      from.on('close', () => {
        sockets.delete(from)
        to.destroy()
      })
      from.pipe(to)
    }
  })
  const reserved = await reservePort()
  await reserved.release()
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      relay.once('error', reject)
      relay.listen(reserved.port, '127.0.0.1', () => {
        relay.off('error', reject)
        resolve()
      })
    })
  const cut = async () => {
    const closed = new Promise<void>((resolve) => (relay.listening ? relay.close(() => resolve()) : resolve()))
    for (const socket of sockets) socket.destroy()
    await closed
  }
  await listen()
  return { url: `${scheme}://127.0.0.1:${reserved.port}`, cut, plug: listen, close: cut }
}

/** A Local API instance in the test process, on the database and secret of `env` (an app's environment). */
export const localPayload = async (env: { DATABASE_URL: string; PAYLOAD_SECRET: string }): Promise<Payload> => {
  process.env.DATABASE_URL = env.DATABASE_URL
  process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET
  const { getPayload } = await import('payload')
  return getPayload({ config: (await import('@/payload.config')).default })
}

/**
 * Ends a Local API instance of the test process. Payload's destroy() leaves its connection pool
 * open, and the pool's end() waits for a connection Payload keeps checked out: the pool is told
 * to close in the background, and the errors of connections cut by a server stopped afterwards
 * are expected (unheard, they would end the test process).
 */
export const closePayload = async (payload: Payload | undefined): Promise<void> => {
  if (!payload) return
  const pool = (payload.db as unknown as { pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void } }).pool
  await payload.destroy()
  pool?.on('error', () => {})
  void pool?.end().catch(() => {})
}
