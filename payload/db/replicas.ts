// Read replicas lag behind the primary. A read that fills a shared cache (Next's page and data
// cache in Redis, the feeds, the proxy's copies) must come from the primary: rendered from a
// replica just after a publish, the old version would be cached for every server until the next
// publish. So must a job claim (read, then update). Only a visitor's uncached reads (search,
// suggestions) may use a replica: a few seconds late, and gone with the request.
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { withReplicas } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'

type Drizzle = PostgresAdapter['drizzle']
type Replicated = Drizzle & { $primary?: Drizzle; $replicas?: Drizzle[] }

/**
 * Called once Payload has connected (config `onInit`): Payload's `readReplicas` sends every
 * read outside a transaction to a replica (except for a few seconds after a write on the same
 * process); from here on they all go to the primary, and the replicas' pools stay open for
 * `replicaReader`.
 */
export const readsOnPrimary = (payload: Payload): void => {
  const adapter = payload.db as unknown as PostgresAdapter & { primaryDrizzle?: Drizzle }
  const replicas = (adapter.drizzle as Replicated).$replicas
  if (!adapter.primaryDrizzle || !replicas?.length) return
  const primary = adapter.primaryDrizzle
  adapter.drizzle = withReplicas(primary as never, replicas as never, () => primary as never) as unknown as Drizzle
}

/** A replica, when there are any, else the primary: for reads that no cache keeps. */
export const replicaReader = (payload: Payload): Drizzle => {
  const drizzle = (payload.db as unknown as PostgresAdapter).drizzle as Replicated
  const replicas = drizzle.$replicas
  return replicas?.length ? replicas[Math.floor(Math.random() * replicas.length)]! : drizzle
}
