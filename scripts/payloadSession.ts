import type { Payload } from 'payload'

/**
 * Runs `work` with a Payload instance on the current environment, then closes its pool.
 * The config reads DATABASE_URL and PAYLOAD_SECRET when imported, hence the late import.
 */
export const withPayload = async <T>(work: (payload: Payload) => Promise<T>): Promise<T> => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    return await work(payload)
  } finally {
    await payload.destroy()
  }
}

/** Applies the committed migrations in payload/migrations that the database has not run yet. */
export const migrate = (payload: Payload): Promise<void> => payload.db.migrate()
