import type { Payload } from 'payload'
import { sqlPool } from '@/payload/db/sqlPool'

/**
 * A fixed-window counter per key, kept in PostgreSQL so that every app server counts the same
 * hits (table rate_limits, migration 20261201_*_subscriptions). One statement per hit: the row
 * of the current window is created or incremented, and the new count comes back.
 */
export const hit = async (payload: Payload, key: string, windowSeconds: number): Promise<number> => {
  const pool = sqlPool(payload)
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
  const pool = sqlPool(payload)
  await pool.query(`delete from rate_limits where window_start < now() - interval '1 day'`)
}

/**
 * Sign-ups accepted per client address per hour (a school's classroom shares one address: a
 * class signing up together must get through), and mails per e-mail address per hour.
 */
export const SIGNUPS_PER_CLIENT_PER_HOUR = 40
export const SIGNUPS_PER_ADDRESS_PER_HOUR = 3
