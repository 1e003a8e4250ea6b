import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * A fixed-window counter per key, kept in PostgreSQL so that every app server counts the same
 * hits (table rate_limits, migration 20261201_*_subscriptions). One statement per hit: the row
 * of the current window is created or incremented, and the new count comes back.
 */
export const hit = async (payload: Payload, key: string, windowSeconds: number): Promise<number> => {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const { rows } = await pool.query<{ hits: number }>(
    `insert into rate_limits (key, window_start, hits)
     values ($1, to_timestamp(floor(extract(epoch from now()) / $2) * $2), 1)
     on conflict (key, window_start) do update set hits = rate_limits.hits + 1
     returning hits`,
    [key, windowSeconds],
  )
  return Number(rows[0]?.hits ?? 0)
}

/** Windows that ended more than a day ago (called by the digest planner). */
export const forgetOldHits = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  await pool.query(`delete from rate_limits where window_start < now() - interval '1 day'`)
}

/** Sign-ups accepted per client address per hour, and per e-mail address per hour (each sends a mail). */
export const SIGNUPS_PER_CLIENT_PER_HOUR = 10
export const SIGNUPS_PER_ADDRESS_PER_HOUR = 3
