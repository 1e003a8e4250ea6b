import type { Payload, TaskConfig } from 'payload'

import type { Subscriber } from '@/payload-types'
import { sqlPool } from '@/payload/db/sqlPool'
import { renderMail } from '@/payload/email/render'
import { mailIsDelivered } from '@/payload/email/transport'
import { forgetOldHits } from '@/payload/subscriptions/rateLimit'
import { oneClickUnsubscribeUrl, unsubscribeUrl } from '@/payload/subscriptions/mails'
import { forgetUnconfirmed } from '@/payload/subscriptions/subscribe'
import { unsubscribeToken } from '@/payload/subscriptions/tokens'
import { digestItem, digestMail, type DigestPost, MAX_POSTS } from './content'
import { claim, claimedFor, markLost, release, settle } from './ledger'
import { dueEditions } from './parisClock'
import { smtpFailure } from './smtpFailure'

/** The digests' own queue (and queue lock): publications (queue "default") never wait behind a digest. */
export const DIGEST_QUEUE = 'digest'

/** Subscribers per job. */
export const batchSize = (): number => Math.max(1, Math.min(1000, Number(process.env.DIGEST_BATCH_SIZE) || 100))

/**
 * The longest a batch keeps sending: past it, the rest of its range becomes a new job. A slow
 * relay (150 ms a message) thus never makes one call of the runner last more than this.
 */
export const BATCH_BUDGET_MS = 20_000

/** How far back a digest looks for posts (a weekly one, plus a day for a late run). */
const LOOKBACK_MS = 8 * 24 * 60 * 60 * 1000

type BatchInput = { frequency: 'daily' | 'weekly'; edition: string; firstId: number; lastId: number; at: string }

/**
 * Plans the editions due now, each once across runs and servers (table digest_editions): one
 * sendDigestBatch job per batchSize() confirmed subscribers of that frequency, by id range.
 * The edition is recorded after its jobs are queued: a planner cut short plans it again, and
 * the ledger makes the jobs queued twice harmless. Without SMTP_URL nothing is planned: mails
 * written to files would be recorded as delivered and never sent for real.
 */
export const planDigests = async (payload: Payload, now = new Date()): Promise<{ planned: string[]; jobs: number }> => {
  const planned: string[] = []
  let jobs = 0
  if (!mailIsDelivered()) return { planned, jobs }
  const pool = sqlPool(payload)
  for (const { frequency, edition } of dueEditions(now)) {
    const { rowCount } = await pool.query('select 1 from digest_editions where edition = $1', [edition])
    if (rowCount) continue
    const { rows } = await pool.query<{ first: number; last: number }>(
      `select min(id) as first, max(id) as last from (
         select id, (row_number() over (order by id) - 1) / $2 as batch from subscribers
         where status = 'confirmed' and frequency = $1) numbered
       group by batch order by batch`,
      [frequency, batchSize()],
    )
    for (const { first, last } of rows) {
      const input: BatchInput = { frequency, edition, firstId: first, lastId: last, at: now.toISOString() }
      await payload.jobs.queue({ task: 'sendDigestBatch', queue: DIGEST_QUEUE, input })
      jobs += 1
    }
    await pool.query('insert into digest_editions (edition, planned_at) values ($1, $2) on conflict (edition) do nothing', [edition, now.toISOString()])
    planned.push(edition)
  }
  return { planned, jobs }
}

/** The posts visitors can read, published since `since`, oldest first: the feeds' query. */
const recentPosts = async (payload: Payload, since: Date): Promise<DigestPost[]> => {
  const { docs } = await payload.find({
    collection: 'news',
    overrideAccess: false,
    where: { publishedAt: { greater_than_equal: since.toISOString() } },
    sort: ['publishedAt', 'id'],
    depth: 1,
    pagination: false,
    select: { title: true, slug: true, excerpt: true, publishedAt: true, heroImage: true, sectors: true },
    populate: { sectors: { title: true }, media: { alt: true, url: true, sizes: true } },
  })
  // A post without an address cannot be linked to: never claimed, never sent.
  return (docs as DigestPost[]).filter((post) => digestItem(post))
}

const sectorIds = (value: DigestPost['sectors'] | Subscriber['sectors']) =>
  (value ?? []).map((sector) => (typeof sector === 'object' && sector ? sector.id : sector)).filter((id): id is number => typeof id === 'number')

/** The posts due to one subscriber: published since they confirmed, in their sectors, never claimed for them. */
const dueTo = (subscriber: Subscriber, posts: DigestPost[], claimed: Set<number> | undefined) => {
  const followed = new Set(sectorIds(subscriber.sectors))
  // Chose sectors that have all been deleted since: nothing, rather than every post.
  if (subscriber.scope === 'sectors' && !followed.size) return []
  const since = new Date(subscriber.confirmedAt ?? subscriber.createdAt).getTime()
  return (
    posts
      .filter((post) => new Date(post.publishedAt ?? 0).getTime() >= since)
      .filter((post) => !followed.size || sectorIds(post.sectors).some((id) => followed.has(id)))
      .filter((post) => !claimed?.has(post.id))
      // The oldest first, so that those past MAX_POSTS go in the next digest, not nowhere;
      // shown newest first, as on the site.
      .slice(0, MAX_POSTS)
      .reverse()
  )
}

const UNSUBSCRIBE = '{{unsubscribe-url}}'

export type BatchReport = { sent: number; failed: number; skipped: number; alreadyClaimed: number; continued: boolean }

/**
 * Sends one edition to the confirmed subscribers whose id is in [firstId, lastId]: to each,
 * the posts due to them (see dueTo). A subscriber with nothing new gets nothing. Safe to run
 * again or twice at once: the ledger (payload/digest/ledger.ts). Messages leave one at a time,
 * so a crash can lose at most the one being handed to SMTP.
 */
export const sendDigestBatch = async (payload: Payload, input: BatchInput, { budgetMs = BATCH_BUDGET_MS } = {}): Promise<BatchReport> => {
  const { frequency, firstId, lastId, edition } = input
  const at = new Date(input.at)
  const started = Date.now()
  const report: BatchReport = { sent: 0, failed: 0, skipped: 0, alreadyClaimed: 0, continued: false }
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
  const claimed = await claimedFor(
    payload,
    subscribers.map((subscriber) => subscriber.id),
    posts.map((post) => post.id),
  )
  // One rendering per set of posts: subscribers of a sector share it, only the unsubscribe address differs.
  const rendered = new Map<string, Awaited<ReturnType<typeof renderMail>>>()
  const render = async (set: DigestPost[]) => {
    const key = set.map((post) => post.id).join(',')
    if (!rendered.has(key)) rendered.set(key, await renderMail(digestMail(set, frequency, at, UNSUBSCRIBE)))
    return rendered.get(key)!
  }

  for (const [index, subscriber] of subscribers.entries()) {
    if (Date.now() - started > budgetMs) {
      await payload.jobs.queue({ task: 'sendDigestBatch', queue: DIGEST_QUEUE, input: { ...input, firstId: subscriber.id } })
      report.continued = true
      break
    }
    const due = dueTo(subscriber, posts, claimed.get(subscriber.id))
    if (!due.length) {
      report.skipped += 1
      continue
    }
    // Rendered before anything is claimed: a template error claims nothing.
    await render(due)
    const mine = new Set(await claim(payload, subscriber.id, due.map((post) => post.id), edition))
    const sending = due.filter((post) => mine.has(post.id))
    report.alreadyClaimed += due.length - sending.length
    if (!sending.length) continue
    const mail = await render(sending)
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
    } catch (error) {
      const failure = smtpFailure(error)
      if (failure === 'not-sent') {
        // The relay is unreachable or deferring: nothing left. The claims go back and the job
        // fails, to be retried; the subscribers after this one have not been tried.
        await release(payload, subscriber.id, [...mine])
        throw new Error(`Serveur d’envoi indisponible après ${index} abonné(s) de ce lot : ${(error as Error).message}`)
      }
      // Refused for good, or cut off after the message may have left: at most once, so never again.
      await settle(payload, subscriber.id, [...mine], 'failed', String(error))
      payload.logger.error({ err: error, msg: `Lettre d’actualités non envoyée à l’abonné ${subscriber.id}` })
      report.failed += 1
      continue
    }
    await settle(payload, subscriber.id, [...mine], 'sent')
    report.sent += 1
  }
  return report
}

export const planDigestsTask: TaskConfig<{ input: { at?: string }; output: { planned: number; jobs: number; lost: number; forgotten: number } }> = {
  slug: 'planDigests',
  label: 'Préparer les lettres d’actualités',
  inputSchema: [{ name: 'at', type: 'text' }],
  outputSchema: [
    { name: 'planned', type: 'number', required: true },
    { name: 'jobs', type: 'number', required: true },
    { name: 'lost', type: 'number', required: true },
    { name: 'forgotten', type: 'number', required: true },
  ],
  // Every five minutes: an edition leaves at DIGEST_HOUR, Paris time, or at the first run after it.
  schedule: [{ cron: '0 */5 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ input, req }) => {
    const { planned, jobs } = await planDigests(req.payload, input?.at ? new Date(input.at) : new Date())
    const lost = await markLost(req.payload)
    if (lost)
      req.payload.logger.warn(
        `Lettres d’actualités : ${lost} envoi(s) interrompu(s) sans réponse du serveur d’envoi (arrêt du serveur pendant l’envoi). Ils ne seront pas renvoyés (au plus une fois).`,
      )
    const forgotten = await forgetUnconfirmed(req.payload)
    await forgetOldHits(req.payload)
    return { output: { planned: planned.length, jobs, lost, forgotten } }
  },
}

export const sendDigestBatchTask: TaskConfig<{ input: BatchInput; output: Omit<BatchReport, 'continued'> & { continued: boolean } }> = {
  slug: 'sendDigestBatch',
  label: 'Envoyer une lettre d’actualités à un lot d’abonnés',
  inputSchema: [
    { name: 'frequency', type: 'text', required: true },
    { name: 'edition', type: 'text', required: true },
    { name: 'firstId', type: 'number', required: true },
    { name: 'lastId', type: 'number', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [
    ...(['sent', 'failed', 'skipped', 'alreadyClaimed'] as const).map((name) => ({ name, type: 'number' as const, required: true })),
    { name: 'continued', type: 'checkbox', required: true },
  ],
  // A relay that is down fails the job, which is tried again on later runs (a job cut short by
  // a restart is put back by the runner: payload/jobs/oneRunnerAtATime.ts). The ledger skips
  // whoever was already served.
  // Backing off: 1, 2, 4… 32 minutes, about an hour in all, for a relay to come back.
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => ({ output: await sendDigestBatch(req.payload, input) }),
}
