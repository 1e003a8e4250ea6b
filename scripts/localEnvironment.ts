import path from 'node:path'

import { databaseUrl, ensureDatabase } from './databases'
import { startEmbeddedPostgres } from './embeddedPostgres'
import { ensurePayloadSecret } from './secret'

export const DATA_DIR = path.resolve(process.env.DATA_DIR || '.data')
const EMBEDDED_DATABASE = 'reperes'

/**
 * Completes the environment for a local or production start: a database (the embedded
 * PostgreSQL when DATABASE_URL is unset) and a secret. Returns how to stop what it started.
 */
export const prepareEnvironment = async (): Promise<{ embedded: boolean; stop: () => Promise<void> }> => {
  process.env.PAYLOAD_SECRET = ensurePayloadSecret(DATA_DIR)
  if (process.env.DATABASE_URL) return { embedded: false, stop: async () => {} }

  console.log(`DATABASE_URL is not set: starting the embedded PostgreSQL in ${DATA_DIR}/postgres`)
  const server = await startEmbeddedPostgres({ dataDir: DATA_DIR })
  await ensureDatabase(server.serverUrl, EMBEDDED_DATABASE)
  process.env.DATABASE_URL = databaseUrl(server.serverUrl, EMBEDDED_DATABASE)
  return { embedded: true, stop: server.stop }
}
