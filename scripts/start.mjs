// `npm start` and `npm run dev`. scripts/start.ts supervises the server for as long as it runs
// (it runs the jobs queue), so it runs as plain JavaScript: under tsx it cost a second Node
// process and ~95 MB more. It is bundled afresh on every start (~50 ms, scripts/compileStart.mjs,
// in a process of its own), so the file run is never older than its sources.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const bundle = path.resolve('node_modules/.cache/reperes/start.mjs')
execFileSync(process.execPath, [fileURLToPath(new URL('./compileStart.mjs', import.meta.url)), bundle], { stdio: 'inherit' })
await import(pathToFileURL(bundle).href)
