import type { Payload } from 'payload'

/**
 * Runs `work` with a Payload instance on the current environment, then closes its pool.
 * The config reads DATABASE_URL and PAYLOAD_SECRET when imported, hence the late import.
 */
export const withPayload = async <T>(work: (payload: Payload) => Promise<T>): Promise<T> => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@/payload.config')
  const payload = await getPayload({ config })
  try {
    return await work(payload)
  } finally {
    await payload.destroy()
  }
}

type AdapterMigrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * Applies the committed migrations the database has not run yet. They come from the index
 * Payload writes beside them rather than from a directory scan, which would import .ts files
 * natively and fail outside tsx (in Vitest, for one).
 */
export const migrate = async (payload: Payload): Promise<void> => {
  const { migrations } = await import('@/payload/migrations')
  // The generated index types `up`/`down` with their precise argument types, which the
  // adapter's signature declares as `unknown`: same functions, stricter view.
  await payload.db.migrate({ migrations: migrations as unknown as AdapterMigrations })
}
