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
  const result = spawnSync(process.execPath, [tsx, 'scripts/migrate.ts'], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`Migrations failed on the test database (exit ${result.status}).`)
}
