import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

// Integration tests run against the fresh database `npm test` created: this applies the
// committed migrations to it, which is itself the proof that they work on an empty database.
// The migration runs in its own process, as on a production start, so no Payload instance
// lingers in Vitest's main process.
export default function setup() {
  if (!/\/reperes_test_/.test(process.env.DATABASE_URL ?? ''))
    throw new Error('Integration tests need a throw-away database: run them with `npm test`.')
  const tsx = createRequire(import.meta.url).resolve('tsx/cli')
  const run = () => spawnSync(process.execPath, [tsx, 'scripts/migrate.ts'], { stdio: 'inherit' })
  let result = run()
  // Exit 13 is Node giving up on module loading ("unsettled top-level await") before the script
  // printed anything; seen once in CI on a cold tsx cache and not reproduced. Migrations are
  // idempotent: one more try, said aloud.
  if (result.status === 13) {
    console.warn('scripts/migrate.ts exited with 13 (unsettled top-level await) before doing anything: running it once more.')
    result = run()
  }
  if (result.status !== 0) throw new Error(`Migrations failed on the test database (exit ${result.status}).`)
}
