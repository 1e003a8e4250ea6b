import type { Payload, TaskConfig } from 'payload'
import type { Pool } from 'pg'

import type { Subscriber } from '@/payload-types'
import { renderMail } from '@/payload/email/render'
import { forgetOldHits } from '@/payload/subscriptions/rateLimit'
import { oneClickUnsubscribeUrl, unsubscribeUrl } from '@/payload/subscriptions/mails'
import { forgetUnconfirmed } from '@/payload/subscriptions/subscribe'
import { unsubscribeToken } from '@/payload/subscriptions/tokens'
import { digestMail, type DigestPost, MAX_POSTS } from './content'
import { claim, claimedFor, settle, stalledDeliveries } from './ledger'
import { dueEditions } from './parisClock'

/** The digests' own queue: publications (queue "default") never wait behind thousands of mails. */
export const DIGEST_QUEUE = 'digest'

/** Subscribers per job: a job sends this many mails at most, in a few seconds. */
export const batchSize = (): number => Math.max(1, Math.min(1000, Number(process.env.DIGEST_BATCH_SIZE) || 100))

/** How far back a digest looks for posts (a weekly one, plus a day for a late run). */
const LOOKBACK_MS = 8 * 24 * 60 * 60 * 1000

const pool = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/**
 * Plans the editions due now, each once across runs and servers (table digest_editions):
 * one sendDigestBatch job per batchSize() confirmed subscribers of that frequency, by id range.
 */
export const planDigests = async (payload: Payload, now = new Date()): Promise<{ planned: string[]; jobs: number }> => {
  const planned: string[] = []
  let jobs = 0
  for (const { frequency, edition } of dueEditions(now)) {
    const { rowCount } = await pool(payload).query(
      'insert into digest_editions (edition, planned_at) values ($1, $2) on conflict (edition) do nothing',
      [edition, now.toISOString()],
    )
    if (!rowCount) continue
    planned.push(edition)
    const { rows } = await pool(payload).query<{ first: number; last: number }>(
      `select min(id) as first, max(id) as last from (
         select id, (row_number() over (order by id) - 1) / $2 as batch from subscribers
         where status = 'confirmed' and frequency = $1) numbered
       group by batch order by batch`,
      [frequency, batchSize()],
    )
    for (const { first, last } of rows) {
      await payload.jobs.queue({ task: 'sendDigestBatch', queue: DIGEST_QUEUE, input: { frequency, edition, firstId: first, lastId: last, at: now.toISOString() } })
      jobs += 1
    }
  }
  return { planned, jobs }
}

/** The posts visitors can read, published since `since`, newest first: the feeds' items. */
const recentPosts = async (payload: Payload, since: Date): Promise<DigestPost[]> => {
  const { docs } = await payload.find({
    collection: 'news',
    overrideAccess: false,
    where: { publishedAt: { greater_than_equal: since.toISOString() } },
    sort: ['-publishedAt', '-id'],
    depth: 1,
    pagination: false,
    select: { title: true, slug: true, excerpt: true, publishedAt: true, heroImage: true, sectors: true },
    populate: { sectors: { title: true }, media: { alt: true, url: true, sizes: true } },
  })
  return docs as DigestPost[]
}

const sectorIds = (value: DigestPost['sectors'] | Subscriber['sectors']) =>
  (value ?? []).map((sector) => (typeof sector === 'object' && sector ? sector.id : sector)).filter((id): id is number => typeof id === 'number')

const UNSUBSCRIBE = '{{unsubscribe-url}}'

export type BatchReport = { sent: number; failed: number; skipped: number; alreadyClaimed: number }

/**
 * Sends one edition to the confirmed subscribers whose id is in [firstId, lastId]: to each,
 * the posts published since they confirmed that they follow and were never claimed for them.
 * A subscriber with nothing new gets nothing. Safe to run again or twice at once (the ledger).
 */
export const sendDigestBatch = async (
  payload: Payload,
  { frequency, firstId, lastId, edition, at }: { frequency: 'daily' | 'weekly'; firstId: number; lastId: number; edition: string; at: Date },
): Promise<BatchReport> => {
  const report: BatchReport = { sent: 0, failed: 0, skipped: 0, alreadyClaimed: 0 }
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { and: [{ id: { greater_than_equal: firstId } }, { id: { less_than_equal: lastId } }, { status: { equals: 'confirmed' } }, { frequency: { equals: frequency } }] },
    sort: 'id',
    depth: 0,
    pagination: false,
  })
  const subscribers = docs as Subscriber[]
  if (!subscribers.length) return report
  const posts = await recentPosts(payload, new Date(at.getTime() - LOOKBACK_MS))
  const claimed = await claimedFor(payload, subscribers.map((subscriber) => subscriber.id))
  // One rendering per set of posts: subscribers of a sector share it, only the unsubscribe address differs.
  const rendered = new Map<string, Promise<Awaited<ReturnType<typeof renderMail>>>>()
  for (const subscriber of subscribers) {
    const followed = new Set(sectorIds(subscriber.sectors))
    const since = new Date(subscriber.confirmedAt ?? subscriber.createdAt).getTime()
    const due = posts
      .filter((post) => new Date(post.publishedAt ?? 0).getTime() >= since)
      .filter((post) => !followed.size || sectorIds(post.sectors).some((id) => followed.has(id)))
      .filter((post) => !claimed.get(subscriber.id)?.has(post.id))
      .slice(0, MAX_POSTS)
    if (!due.length) {
      report.skipped += 1
      continue
    }
    const mine = new Set(await claim(payload, subscriber.id, due.map((post) => post.id), edition))
    const sending = due.filter((post) => mine.has(post.id))
    report.alreadyClaimed += due.length - sending.length
    if (!sending.length) continue
    const key = sending.map((post) => post.id).join(',')
    if (!rendered.has(key)) rendered.set(key, renderMail(digestMail(sending, frequency, at, UNSUBSCRIBE)))
    const mail = await rendered.get(key)!
    const link = { id: subscriber.id, token: unsubscribeToken(subscriber.id, subscriber.email) }
    const visible = unsubscribeUrl(link)
    try {
      await payload.sendEmail({
        to: subscriber.email,
        subject: mail.subject,
        html: mail.html.replaceAll(UNSUBSCRIBE, visible.replaceAll('&', '&amp;')),
        text: mail.text.replaceAll(UNSUBSCRIBE, visible),
        // RFC 2369 and RFC 8058: mail programs show their own "unsubscribe" button, which posts
        // "List-Unsubscribe=One-Click" to this address (no login, no page).
        list: { unsubscribe: oneClickUnsubscribeUrl(link) },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      })
      await settle(payload, subscriber.id, [...mine], 'sent')
      report.sent += 1
    } catch (error) {
      // Not retried: at most once. The failure stays in the ledger for the dashboard.
      await settle(payload, subscriber.id, [...mine], 'failed', String(error))
      payload.logger.error({ err: error, msg: `Lettre d’actualités non envoyée à l’abonné ${subscriber.id}` })
      report.failed += 1
    }
  }
  return report
}

export const planDigestsTask: TaskConfig<{ input: { at?: string }; output: { planned: number; jobs: number; stalled: number; forgotten: number } }> = {
  slug: 'planDigests',
  label: 'Préparer les lettres d’actualités',
  inputSchema: [{ name: 'at', type: 'text' }],
  outputSchema: [
    { name: 'planned', type: 'number', required: true },
    { name: 'jobs', type: 'number', required: true },
    { name: 'stalled', type: 'number', required: true },
    { name: 'forgotten', type: 'number', required: true },
  ],
  // Every five minutes: an edition leaves at DIGEST_HOUR, Paris time, or at the first run after it.
  schedule: [{ cron: '0 */5 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ input, req }) => {
    const { planned, jobs } = await planDigests(req.payload, input?.at ? new Date(input.at) : new Date())
    const { messages: stalled } = await stalledDeliveries(req.payload)
    if (stalled) req.payload.logger.warn(`Lettres d’actualités : ${stalled} envoi(s) interrompu(s) sans réponse du serveur SMTP ; ils ne seront pas renvoyés (au plus une fois).`)
    const forgotten = await forgetUnconfirmed(req.payload)
    await forgetOldHits(req.payload)
    return { output: { planned: planned.length, jobs, stalled, forgotten } }
  },
}

export const sendDigestBatchTask: TaskConfig<{
  input: { frequency: 'daily' | 'weekly'; edition: string; firstId: number; lastId: number; at: string }
  output: BatchReport
}> = {
  slug: 'sendDigestBatch',
  label: 'Envoyer une lettre d’actualités à un lot d’abonnés',
  inputSchema: [
    { name: 'frequency', type: 'text', required: true },
    { name: 'edition', type: 'text', required: true },
    { name: 'firstId', type: 'number', required: true },
    { name: 'lastId', type: 'number', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: (['sent', 'failed', 'skipped', 'alreadyClaimed'] as const).map((name) => ({ name, type: 'number' as const, required: true })),
  // A batch cut short (a restart) is run again: the ledger skips whoever was already served.
  retries: 3,
  handler: async ({ input, req }) => {
    const report = await sendDigestBatch(req.payload, { ...input, at: new Date(input.at) })
    return { output: report }
  },
}
