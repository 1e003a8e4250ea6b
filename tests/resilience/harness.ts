import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'

import { databaseUrl } from '@/scripts/databases'
import { freePort } from '@/scripts/freePort'
import { waitFor } from '@/scripts/waitFor'

export { waitFor }

const tsx = createRequire(import.meta.url).resolve('tsx/cli')


/** What every test's app needs: its database on `server`, its media folder, a secret, an admin. */
export const appEnvironment = ({ server, database, work, admin }: { server: string; database: string; work: string; admin?: { email: string; password: string } }) => ({
  ...process.env,
  DATABASE_URL: databaseUrl(server, database),
  MEDIA_DIR: `${work}/media`,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  ...(admin ? { SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password } : {}),
})

/** Runs a script of ours to its end (seed, migrate) in its own process. */
export const runScript = (script: string, env: NodeJS.ProcessEnv): Promise<void> =>
  new Promise((resolve, reject) =>
    spawn(process.execPath, [tsx, script], { env, stdio: ['ignore', 'ignore', 'inherit'] }).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`)),
    ),
  )

export type App = { base: string; port: number; process: ChildProcess; log: () => string; stop: () => Promise<void>; crash: () => void }

/** `npm start` (scripts/start.ts, the production build) on a free port; its output kept for failures. */
export const startApp = async (env: NodeJS.ProcessEnv): Promise<App> => {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let output = ''
  const child = spawn(process.execPath, [tsx, 'scripts/start.ts'], {
    env: { PAYLOAD_SECRET: randomBytes(32).toString('hex'), ...env, PORT: String(port), SITE_URL: base, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a crash takes the Next server down with the wrapper, as a dying machine would.
    detached: true,
  })
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk) => (output = (output + chunk).slice(-20_000)))
  await waitFor(`${base}/actualites`)
  return {
    base,
    port,
    process: child,
    log: () => output,
    crash: () => process.kill(-child.pid!, 'SIGKILL'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.on('exit', resolve))
      process.kill(-child.pid!, 'SIGTERM')
      await exited
    },
  }
}

export type Sample = { at: number; url: string; status: number; body: string }

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
