// Bundles scripts/start.ts, with the scripts it imports, into one plain JavaScript file (packages
// stay imports): node_modules/.cache/reperes/start.mjs. Run by scripts/start.mjs in a process of
// its own, so the long-lived start script never loads esbuild (~20 MB it would keep).
import { buildSync } from 'esbuild'
import { mkdirSync, renameSync } from 'node:fs'
import path from 'node:path'

export const out = path.resolve('node_modules/.cache/reperes/start.mjs')
// Written aside then renamed: servers starting together never import a half-written file.
const written = `${out}.${process.pid}.tmp`
mkdirSync(path.dirname(out), { recursive: true })
buildSync({
  entryPoints: ['scripts/start.ts'],
  outfile: written,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
})
renameSync(written, out)
