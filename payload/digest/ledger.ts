import type { Payload } from 'payload'
import { sqlPool } from '@/payload/db/sqlPool'

/**
 * The delivery ledger (table digest_deliveries): one row per (subscriber, post), written
 * BEFORE the message is handed to SMTP. Its primary key is what makes delivery at most once:
 * a second run, a retried job or another app server cannot claim a row that exists, so it
 * cannot send that post to that subscriber again.
 *
 * The price of "at most once" is the window between the claim and SMTP's answer: a crash
 * there leaves rows in 'sending' whose message may or may not have left. They are never sent
 * again; markLost() reports them once (job output, log, dashboard). A failure that certainly
 * sent nothing (the server unreachable) gives its claims back instead: release().
 */
const pool = sqlPool

/**
 * Claims the posts not yet claimed for this subscriber; returns those this caller may send.
 * A subscriber deleted meanwhile (unsubscribed during the batch) claims nothing.
 */
export const claim = async (payload: Payload, subscriberId: number, newsIds: number[], edition: string): Promise<number[]> => {
  if (!newsIds.length) return []
  try {
    const { rows } = await pool(payload).query<{ news_id: number }>(
      `insert into digest_deliveries (subscriber_id, news_id, edition, status)
       select $1, unnest($2::int[]), $3, 'sending'
       on conflict (subscriber_id, news_id) do nothing
       returning news_id`,
      [subscriberId, newsIds, edition],
    )
    return rows.map((row) => Number(row.news_id))
  } catch (error) {
    if ((error as { code?: string }).code === '23503') return []
    throw error
  }
}

/** Gives back claims whose message certainly did not leave (the SMTP server was never reached): a later run sends them. */
export const release = async (payload: Payload, subscriberId: number, newsIds: number[]) => {
  await pool(payload).query(`delete from digest_deliveries where subscriber_id = $1 and news_id = any($2::int[]) and status = 'sending'`, [
    subscriberId,
    newsIds,
  ])
}

/** Counts one more message per (subscriber, edition) of these rows, by outcome (table digest_counts). */
const COUNT_MESSAGES = `
  insert into digest_counts (edition, status, messages, last_at)
  select edition, status, count(distinct (subscriber_id, edition)), now() from changed group by edition, status
  on conflict (edition, status) do update set messages = digest_counts.messages + excluded.messages, last_at = excluded.last_at`

export const settle = async (payload: Payload, subscriberId: number, newsIds: number[], status: 'sent' | 'failed', error?: string) => {
  await pool(payload).query(
    `with changed as (
       update digest_deliveries set status = $3, settled_at = now(), error = $4
       where subscriber_id = $1 and news_id = any($2::int[]) and status = 'sending'
       returning subscriber_id, edition, status)
     ${COUNT_MESSAGES}`,
    [subscriberId, newsIds, status, error?.slice(0, 500) ?? null],
  )
}

/** Which of these posts were already claimed for these subscribers, by subscriber. */
export const claimedFor = async (payload: Payload, subscriberIds: number[], newsIds: number[]): Promise<Map<number, Set<number>>> => {
  const claimed = new Map<number, Set<number>>()
  if (!subscriberIds.length || !newsIds.length) return claimed
  const { rows } = await pool(payload).query<{ subscriber_id: number; news_id: number }>(
    'select subscriber_id, news_id from digest_deliveries where subscriber_id = any($1::int[]) and news_id = any($2::int[])',
    [subscriberIds, newsIds],
  )
  for (const row of rows) {
    const set = claimed.get(row.subscriber_id) ?? new Set<number>()
    set.add(Number(row.news_id))
    claimed.set(row.subscriber_id, set)
  }
  return claimed
}

/**
 * Claims older than `olderThanMs` that no answer settled (a crash between claim and answer),
 * marked 'lost' so that each is reported once; returns how many messages that makes.
 */
export const markLost = async (payload: Payload, olderThanMs = 10 * 60 * 1000): Promise<number> => {
  const { rows } = await pool(payload).query<{ messages: string }>(
    `with changed as (
       update digest_deliveries set status = 'lost', settled_at = now()
       where status = 'sending' and claimed_at < now() - make_interval(secs => $1)
       returning subscriber_id, edition, status),
     counted as (${COUNT_MESSAGES} returning 1)
     select count(distinct (subscriber_id, edition)) as messages from changed`,
    [olderThanMs / 1000],
  )
  return Number(rows[0]?.messages ?? 0)
}

/** Counts for the dashboard: messages sent, refused and lost over the last seven days. */
export const deliveryCounts = async (payload: Payload) => {
  const { rows } = await pool(payload).query<{ status: string; messages: string }>(
    `select status, sum(messages) as messages from digest_counts where last_at > now() - interval '7 days' group by status`,
  )
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.messages)])) as Partial<Record<'sending' | 'sent' | 'failed' | 'lost', number>>
}
