// Which sources a production build was made from, so that tests never run an old build
// against new code (a stale `.next` passes tests the current code would fail).
//   npm run build                       hashes the sources, builds, then records that hash
//   buildIsCurrent()                    true when `.next` was built from the sources on disk
// The hash is taken before the build: a file edited while `next build` runs leaves the build stale.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** What `next build` reads: the routes, the content model, the CMS config and the locked dependencies (the lock file lists package.json's). */
const INPUTS = [
  'app',
  'collections',
  'payload',
  'public',
  'patches',
  'proxy.ts',
  'payload.config.ts',
  'payload-types.ts',
  'next.config.mjs',
  'cache-handler.mjs',
  'tsconfig.json',
  'package-lock.json',
]
const STAMP = '.next/reperes-sources.sha256'

const filesUnder = (entry: string): string[] => {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

/** SHA-256 over the path and bytes of every build input, in a fixed order. */
export const sourceHash = (root = process.cwd()): string => {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap((entry) => filesUnder(path.join(root, entry)))) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

/** Records `hash` (taken before the build started) as the sources `.next` was built from. */
export const recordBuild = (hash: string, root = process.cwd()) => writeFileSync(path.join(root, STAMP), `${hash}\n`)

/** True only when a build exists and its stamp matches the sources on disk now. */
export const buildIsCurrent = (root = process.cwd()): boolean => {
  const stamp = path.join(root, STAMP)
  if (!existsSync(path.join(root, '.next/BUILD_ID')) || !existsSync(stamp)) return false
  return readFileSync(stamp, 'utf8').trim() === sourceHash(root)
}
