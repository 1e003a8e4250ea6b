import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * The postgres adapter's own pool, for the few statements Payload has no operation for
 * (advisory locks, INSERT … ON CONFLICT on tables Payload does not manage). Same connections,
 * same limits as every Payload query.
 */
export const sqlPool = (payload: Payload): Pool => (payload.db as unknown as { pool: Pool }).pool
