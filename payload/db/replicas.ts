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

type Replica = { url: string; db: ReturnType<typeof drizzle> }

const shared = globalThis as { reperesReplicas?: Replica[] }

/** One pool per URL of DATABASE_READ_REPLICA_URLS (comma-separated), opened on first use. */
const replicas = (): Replica[] =>
  (shared.reperesReplicas ??= (process.env.DATABASE_READ_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
    .map((url) => {
      const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 2_000 })
      // An idle connection cut by a replica restart: the next query opens another.
      pool.on('error', () => {})
      return { url, db: drizzle({ client: pool }) }
    }))

// Connection failures (node's socket errors, SQLSTATE class 08, a server shutting down or
// starting: 57P01–57P03), as opposed to an error in the query itself.
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN|08...|57P0[123])$/

const unreachable = (error: unknown): boolean => {
  for (let cause = error as { code?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0; cause && depth < 6; depth++) {
    if (typeof cause.code === 'string' && UNREACHABLE.test(cause.code)) return true
    if (typeof cause.message === 'string' && /Connection terminated|timeout exceeded when trying to connect/.test(cause.message)) return true
    cause = cause.cause as never
  }
  return false
}

/**
 * Runs `query`, a read no cache keeps, on a replica picked at random, or on the primary when
 * none is configured or the one picked cannot be reached (said in the log): a replica down
 * must not take search down. Returns the rows.
 */
export const readOnReplica = async <Row>(payload: Payload, query: SQL): Promise<Row[]> => {
  const all = replicas()
  const replica = all[Math.floor(Math.random() * all.length)]
  if (replica) {
    try {
      return (await replica.db.execute(query)).rows as Row[]
    } catch (error) {
      if (!unreachable(error)) throw error
      console.error(`Read replica unreachable (${new URL(replica.url).host}): ${(error as Error).message}. This search is read on the primary.`)
    }
  }
  return ((await payload.db.drizzle.execute(query)) as { rows: Row[] }).rows
}
