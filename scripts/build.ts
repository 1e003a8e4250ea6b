// `npm run build`: `next build`, stamped with the sources it started from (scripts/buildStamp.ts).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

import { recordBuild, sourceHash } from './buildStamp'

const hash = sourceHash()
const next = createRequire(import.meta.url).resolve('next/dist/bin/next')
const code = await new Promise<number>((resolve) =>
  spawn(process.execPath, [next, 'build'], { stdio: 'inherit' }).on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))),
)
if (code === 0) recordBuild(hash)
process.exit(code)
