// Read replicas lag behind the primary. A read that fills a shared cache (Next's page and data
// cache in Redis, the feeds, the sitemap) must come from the primary: rendered from a replica
// just after a publish, the old version would be cached for every server until the next
// publish. So must the admin's reads (an editor reads what they just saved), migrations and
// every job claim (read, then update). So Payload is never given the replicas: only the reads
// below, a visitor's searches, use them. Their answers are a few seconds late at worst, and kept
// a minute at most (suggestions) or a second (the proxy's copy of a search page).
import type { sql } from '@payloadcms/db-postgres'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import type { Payload } from 'payload'

type SQL = ReturnType<typeof sql>

type Replica = { url: string; db: ReturnType<typeof drizzle>; downUntil: number }

const shared = globalThis as { reperesReplicas?: Replica[] }

/** How long a replica that failed is left aside before it is tried again. */
const DOWN_MS = 30_000

/** One pool per URL of DATABASE_READ_REPLICA_URLS (comma-separated), opened on first use. */
const replicas = (): Replica[] =>
  (shared.reperesReplicas ??= (process.env.DATABASE_READ_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
    .map((url) => {
      // A search is a few milliseconds: past 5 s the replica is in trouble, and the primary answers.
      const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 2_000, query_timeout: 5_000 })
      // An idle connection cut by a replica restart: the next query opens another.
      pool.on('error', () => {})
      return { url, db: drizzle({ client: pool }), downUntil: 0 }
    }))

// The query's own fault (SQLSTATE classes 22, data, and 42, syntax or access): the primary
// would refuse it too. Anything else (unreachable, shutting down, a conflict with recovery, too
// many connections, a timeout) is the replica's.
const QUERY_FAULT = /^(22|42)...$/

const queryFault = (error: unknown): boolean => {
  for (let cause = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; cause && depth < 6; depth++) {
    if (typeof cause.code === 'string' && QUERY_FAULT.test(cause.code)) return true
    cause = cause.cause as never
  }
  return false
}

/**
 * Runs `query`, a read no lasting cache keeps, on a replica picked at random among those not
 * left aside, or on the primary when none is configured or available. A replica that fails for
 * any reason but the query itself is left aside 30 s (said in the log) and the primary answers:
 * a replica in trouble must not take search down. Returns the rows.
 */
export const readOnReplica = async <Row>(payload: Payload, query: SQL): Promise<Row[]> => {
  const available = replicas().filter((replica) => replica.downUntil <= Date.now())
  const replica = available[Math.floor(Math.random() * available.length)]
  if (replica) {
    try {
      return (await replica.db.execute(query)).rows as Row[]
    } catch (error) {
      if (queryFault(error)) throw error
      replica.downUntil = Date.now() + DOWN_MS
      console.error(`Read replica ${new URL(replica.url).host} failed (${(error as Error).message}): searches go to the primary for ${DOWN_MS / 1000} s.`)
    }
  }
  return ((await payload.db.drizzle.execute(query)) as { rows: Row[] }).rows
}
