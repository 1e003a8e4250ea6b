import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

// The scripts' first import (scripts/loadEnv.ts), run in a folder holding a .env, as
// `npm start` runs it in the project: the file's variables arrive, the environment's win.
describe('scripts read .env as Next does', () => {
  it('fills unset variables from .env and leaves those already set', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reperes-env-'))
    writeFileSync(path.join(dir, '.env'), 'REPERES_FROM_FILE=fichier\nREPERES_SET_TWICE=fichier\n')
    const tsx = createRequire(import.meta.url).resolve('tsx/cli')
    writeFileSync(
      path.join(dir, 'show.mts'),
      `await import(${JSON.stringify(path.resolve('scripts/loadEnv.ts'))})\nconsole.log(JSON.stringify({ file: process.env.REPERES_FROM_FILE, twice: process.env.REPERES_SET_TWICE }))\n`,
    )
    const run = spawnSync(process.execPath, [tsx, 'show.mts'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, REPERES_SET_TWICE: 'environnement', REPERES_FROM_FILE: undefined },
    })
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({ file: 'fichier', twice: 'environnement' })
  })
})
