import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions. When the environment gives none, generate one once, keep it
 * outside git (.data/ is ignored) readable by this user only, and say so: a restart must not
 * log everybody out, and no default secret may ever ship.
 */
export const ensurePayloadSecret = (dataDir: string): string => {
  const fromEnv = process.env.PAYLOAD_SECRET
  if (fromEnv) return fromEnv
  const file = path.resolve(dataDir, 'payload-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
    console.log(`PAYLOAD_SECRET was not set: generated one in ${file} (mode 600). Set PAYLOAD_SECRET to use your own.`)
  }
  return readFileSync(file, 'utf8').trim()
}
