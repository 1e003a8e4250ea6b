// Bundles scripts/start.ts, with the scripts it imports, into one plain JavaScript file (packages
// stay imports, so the file lives under node_modules to find them): the path given as argument.
// Run by scripts/start.mjs in a process of its own, so the long-lived start script never loads
// esbuild (~20 MB it would keep).
import { buildSync } from 'esbuild'
import { mkdirSync, renameSync, rmSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'

const out = process.argv[2]
if (!out) throw new Error('usage: node scripts/compileStart.mjs <output file>')
// Written aside then renamed: servers starting together (containers sharing node_modules
// included) never import a half-written file.
const written = `${out}.${hostname()}.${process.pid}.tmp`
mkdirSync(path.dirname(out), { recursive: true })
try {
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
} finally {
  rmSync(written, { force: true })
}
