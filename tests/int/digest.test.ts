import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { News, Subscriber } from '@/payload-types'
import { startSmtpServer, type Received, type SmtpTestServer } from '../support/smtpServer'
import { READY_MARK, REPORT_MARK } from '../support/digestReport'
import { linksIn } from '../support/links'

// The config reads SMTP_URL when evaluated: the server starts first (see accountMails.test.ts).
let smtp: SmtpTestServer
let payload: Payload
let pool: Pool
let digest: typeof import('@/payload/digest/tasks')
let subscriptions: typeof import('@/payload/subscriptions/subscribe')
let ledger: typeof import('@/payload/digest/ledger')
const SITE = 'https://reperes.example'

beforeAll(async () => {
  smtp = await startSmtpServer()
  Object.assign(process.env, { SMTP_URL: smtp.url, EMAIL_FROM: 'Repères <actualites@reperes.test>', SITE_URL: SITE, DIGEST_HOUR: '0' })
  payload = await (await import('./payload')).testPayload()
  pool = (payload.db as unknown as { pool: Pool }).pool
  digest = await import('@/payload/digest/tasks')
  subscriptions = await import('@/payload/subscriptions/subscribe')
  ledger = await import('@/payload/digest/ledger')
})

afterAll(async () => {
  await smtp?.stop()
})

// Each test plans "today's" edition afresh.
beforeEach(async () => {
  await pool.query('delete from digest_editions')
})

let counter = 0
const address = (label: string) => `${label}-${Date.now()}-${(counter += 1)}@exemple.fr`
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString()

const subscriber = async (data: Partial<Subscriber> & { email?: string }) =>
  (await payload.create({
    collection: 'subscribers',
    data: { email: address('abonne'), frequency: 'daily', status: 'confirmed', confirmedAt: hoursAgo(72), ...data } as Subscriber,
  })) as Subscriber

const post = async (title: string, data: Partial<News> = {}) =>
  (await payload.create({
    collection: 'news',
    data: { title, excerpt: `Chapô de ${title}`, _status: 'published', publishedAt: hoursAgo(1), ...data } as News,
  })) as News

const runDigestQueue = async () => {
  // The runner's calls, until the digest queue is empty.
  for (let round = 0; round < 20; round += 1) {
    const result = await payload.jobs.run({ queue: digest.DIGEST_QUEUE, limit: 50 })
    if (result.noJobsRemaining) return
  }
}

const mailsTo = (email: string) => smtp.received.filter((mail) => mail.envelopeTo.includes(email))
const titlesIn = (mail: Received) => [...String(mail.html).matchAll(/<a href="[^"]*\/actualites\/[^"]*" style="[^"]*">([^<]+)<\/a>/g)].map((match) => match[1])

describe('the news digest', () => {
  it('carries, to each confirmed subscriber, the published posts since their confirmation that they follow, newest first', async () => {
    const sectorA = await payload.create({ collection: 'sectors', data: { title: 'Santé digest' } })
    const sectorB = await payload.create({ collection: 'sectors', data: { title: 'Bâtiment digest' } })
    const everything = await subscriber({})
    const onlyA = await subscriber({ scope: 'sectors', sectors: [sectorA.id] })
    const pending = await subscriber({ status: 'pending', confirmedAt: null })
    const weekly = await subscriber({ frequency: 'weekly' })
    const before = await post('Avant la confirmation', { publishedAt: hoursAgo(96) })
    const inA = await post('Nouvelle en santé', { sectors: [sectorA.id], publishedAt: hoursAgo(3) })
    const inB = await post('Chantier <b>ouvert</b> & « ]]> »', { sectors: [sectorB.id], publishedAt: hoursAgo(2) })
    await payload.create({ collection: 'news', data: { title: 'Brouillon jamais publié', excerpt: 'x', _status: 'draft' }, draft: true })
    const withdrawn = await post('Retirée après publication', { publishedAt: hoursAgo(1) })
    await payload.update({ collection: 'news', id: withdrawn.id, data: { _status: 'draft' } })

    const planned = await digest.planDigests(payload)
    const parisToday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date())
    expect(planned.planned).toContain(`daily:${parisToday}`)
    await runDigestQueue()

    const [toEverything] = await smtp.waitFor(1, (mail) => mail.envelopeTo.includes(everything.email))
    expect(mailsTo(everything.email)).toHaveLength(1)
    // Entities as written in HTML; the text part is plain.
    expect(titlesIn(toEverything!)).toEqual(['Chantier &lt;b&gt;ouvert&lt;/b&gt; &amp; « ]]&gt; »', 'Nouvelle en santé'])
    expect(toEverything!.text).toContain('Chantier <b>ouvert</b> & « ]]> »')
    expect(toEverything!.text).toContain(`Chapô de Nouvelle en santé\n${SITE}/actualites/${inA.slug}`)
    for (const absent of [before, withdrawn]) expect(toEverything!.text).not.toContain(absent.title)
    expect(toEverything!.text).not.toContain('Brouillon jamais publié')
    expect(linksIn(String(toEverything!.html))).toContain(`${SITE}/actualites/${inB.slug}`)
    expect(toEverything!.from?.value[0]).toMatchObject({ name: 'Repères', address: 'actualites@reperes.test' })

    const [toA] = await smtp.waitFor(1, (mail) => mail.envelopeTo.includes(onlyA.email))
    expect(titlesIn(toA!)).toEqual(['Nouvelle en santé'])
    expect(mailsTo(pending.email)).toEqual([])
    // DIGEST_HOUR=0: this week's weekly edition is due too, with the same posts.
    expect(planned.planned).toEqual(expect.arrayContaining([expect.stringMatching(/^weekly:\d{4}-W\d{2}$/)]))
    const [toWeekly] = await smtp.waitFor(1, (mail) => mail.envelopeTo.includes(weekly.email))
    expect(titlesIn(toWeekly!)).toEqual(titlesIn(toEverything!))
    expect(toWeekly!.subject).toMatch(/^Repères — 2 nouvelles actualités — lettre hebdomadaire du /)
  })

  it('carries RFC 8058 List-Unsubscribe headers and a visible unsubscribe link in both parts', async () => {
    const reader = await subscriber({})
    await post('Pour tester le désabonnement')
    await digest.planDigests(payload)
    await runDigestQueue()
    const [mail] = await smtp.waitFor(1, (m) => m.envelopeTo.includes(reader.email))
    const headers = mail!.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
    const rawHeader = /^List-Unsubscribe: <([^>]+)>$/im.exec(headers)?.[1]
    expect(rawHeader).toMatch(new RegExp(`^${SITE}/abonnement/desinscription/valider\\?id=${reader.id}&jeton=[\\w-]{43}$`))
    expect(/^List-Unsubscribe-Post: (.*)$/im.exec(headers)?.[1]?.trim()).toBe('List-Unsubscribe=One-Click')
    const visible = linksIn(String(mail!.html)).find((href) => href.includes('/abonnement/desinscription?'))!
    expect(visible).toMatch(new RegExp(`^${SITE}/abonnement/desinscription\\?id=${reader.id}&jeton=`))
    expect(mail!.text).toContain(`Se désabonner\u00a0: ${visible}`)
  })

  it('never sends a post twice to a subscriber: a second planning the same day and a rerun of the batch send nothing', async () => {
    const reader = await subscriber({})
    const first = await post('Une seule fois')
    const plan = await digest.planDigests(payload)
    expect(plan.jobs).toBeGreaterThan(0)
    await runDigestQueue()
    await smtp.waitFor(1, (m) => m.envelopeTo.includes(reader.email))
    expect((await digest.planDigests(payload)).planned).toEqual([])
    const rerun = await digest.sendDigestBatch(payload, { frequency: 'daily', edition: 'daily:rerun', firstId: reader.id, lastId: reader.id, at: new Date().toISOString() })
    expect(rerun).toMatchObject({ sent: 0 })
    const later = await post('Le lendemain')
    await pool.query('delete from digest_editions')
    await digest.planDigests(payload)
    await runDigestQueue()
    const mails = await smtp.waitFor(2, (m) => m.envelopeTo.includes(reader.email))
    expect(mails).toHaveLength(2)
    expect(mails[1]!.text).toContain(later.title)
    expect(mails[1]!.text).not.toContain(first.title)
  })

  it('records a message the SMTP server refused as failed, and does not send it again', async () => {
    const refusing = await startSmtpServer({ refuse: () => true })
    const reader = await subscriber({})
    await post('Refusée par le serveur')
    try {
      const report = await runBatchInChild(refusing.url, reader.id, reader.id)
      expect(report, JSON.stringify(refusing.received)).toMatchObject({ sent: 0, failed: 1 })
    } finally {
      await refusing.stop()
    }
    const { rows } = await pool.query<{ status: string; error: string }>('select status, error from digest_deliveries where subscriber_id = $1', [reader.id])
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row).toMatchObject({ status: 'failed', error: expect.stringContaining('550') })
    const again = await digest.sendDigestBatch(payload, { frequency: 'daily', edition: 'daily:again', firstId: reader.id, lastId: reader.id, at: new Date().toISOString() })
    expect(again.sent).toBe(0)
  })
})

/**
 * The batch run by a separate app server process (tests/support/runDigestBatch.ts) sending to
 * `smtpUrl`. A child that has not loaded its modules within 40 s is stuck in tsx's loader (see
 * runDigestBatch.ts): it has done nothing yet, so it is killed and started again, twice at most.
 */
const spawnBatch = (smtpUrl: string, firstId: number, lastId: number) => {
  const batch = JSON.stringify({ frequency: 'daily', edition: `daily:process-${firstId}`, firstId, lastId, at: new Date().toISOString() })
  const start = () =>
    // tsx as a loader, not its CLI: the CLI runs the script in a child of its own, which a kill
    // of the CLI would leave running.
    spawn(process.execPath, ['--import', 'tsx', 'tests/support/runDigestBatch.ts'], {
      env: { ...process.env, SMTP_URL: smtpUrl, DIGEST_BATCH: batch },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
  const handle = { child: start() }
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    const watch = (attempt: number) => {
      const child = handle.child
      let output = ''
      const stuck = setTimeout(() => {
        if (output.includes(READY_MARK) || attempt >= 3) return
        console.warn(`runDigestBatch: no ${READY_MARK} after 40 s (attempt ${attempt}), restarting it`)
        child.removeAllListeners('exit')
        child.kill('SIGKILL')
        handle.child = start()
        watch(attempt + 1)
      }, 40_000)
      child.stdout!.on('data', (chunk) => (output += chunk))
      child.on('exit', (code, signal) => {
        clearTimeout(stuck)
        resolve({ code, signal, output })
      })
    }
    watch(1)
  })
  return { get child() { return handle.child }, done }
}

const runBatchInChild = async (smtpUrl: string, firstId: number, lastId: number) => {
  const { done } = spawnBatch(smtpUrl, firstId, lastId)
  const { code, output } = await done
  expect(code, output).toBe(0)
  const report = output.split('\n').find((line) => line.startsWith(REPORT_MARK))
  expect(report, output).toBeDefined()
  return JSON.parse(report!.slice(REPORT_MARK.length)) as Awaited<ReturnType<typeof digest.sendDigestBatch>>
}

const subscribersInRange = async (count: number) => {
  const made: Subscriber[] = []
  for (let index = 0; index < count; index += 1) made.push(await subscriber({}))
  return made
}

describe('the digest when things go wrong', () => {
  it('with the SMTP server down, gives its claims back and fails the job; once it is up, the same batch sends', async () => {
    const reader = await subscriber({})
    const news = await post('Pendant la panne du relais')
    const down = await startSmtpServer()
    const url = down.url
    await down.stop()
    const failed = spawnBatch(url, reader.id, reader.id)
    const outcome = await failed.done
    expect(outcome.code).not.toBe(0)
    expect((await pool.query('select 1 from digest_deliveries where subscriber_id = $1', [reader.id])).rowCount).toBe(0)
    const report = await digest.sendDigestBatch(payload, { frequency: 'daily', edition: 'daily:after-outage', firstId: reader.id, lastId: reader.id, at: new Date().toISOString() })
    expect(report.sent).toBe(1)
    const [mail] = await smtp.waitFor(1, (m) => m.envelopeTo.includes(reader.email))
    expect(mail!.text).toContain(news.title)
  }, 60_000)

  it('sends nothing to a subscriber whose chosen sectors were all deleted (never every post instead)', async () => {
    const sector = await payload.create({ collection: 'sectors', data: { title: 'Secteur supprimé' } })
    const reader = await subscriber({ scope: 'sectors', sectors: [sector.id] })
    await payload.delete({ collection: 'sectors', id: sector.id })
    await post('Hors de tout secteur')
    const report = await digest.sendDigestBatch(payload, { frequency: 'daily', edition: 'daily:no-sector', firstId: reader.id, lastId: reader.id, at: new Date().toISOString() })
    expect(report).toMatchObject({ sent: 0, skipped: 1 })
  })

  it('stops a batch at its time budget and queues the rest of its range as a new job', async () => {
    const readers = await subscribersInRange(3)
    await post('Lot coupé en deux')
    const first = readers[0]!.id
    const last = readers.at(-1)!.id
    const report = await digest.sendDigestBatch(payload, { frequency: 'daily', edition: 'daily:budget', firstId: first, lastId: last, at: new Date().toISOString() }, { budgetMs: -1 })
    expect(report).toMatchObject({ sent: 0, continued: true })
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'sendDigestBatch' } }, { 'input.edition': { equals: 'daily:budget' } }] } })
    expect(docs.map((job) => job.input)).toEqual([expect.objectContaining({ firstId: first, lastId: last })])
    await payload.delete({ collection: 'payload-jobs', id: docs[0]!.id })
  })
})

describe('the digest across processes', () => {
  it('killed mid-run then run again, it sends no post twice and reports the messages it may have lost', async () => {
    const slow = await startSmtpServer({ delayMs: 150 })
    let batch: ReturnType<typeof spawnBatch> | undefined
    try {
      const readers = await subscribersInRange(24)
      const news = await post('Pendant la coupure')
      const first = readers[0]!.id
      const last = readers.at(-1)!.id
      batch = spawnBatch(slow.url, first, last)
      await slow.waitFor(5, () => true, 100_000)
      batch.child.kill('SIGKILL')
      await batch.done
      const beforeRerun = slow.received.length

      const claimedByKilled = (await pool.query(`select distinct subscriber_id from digest_deliveries where edition = $1`, [`daily:process-${first}`])).rowCount!
      const rerun = await digest.sendDigestBatch(payload, { frequency: 'daily', edition: 'daily:rerun', firstId: first, lastId: last, at: new Date().toISOString() })
      // Whoever the killed run had not reached is served by the next run.
      expect(rerun.sent).toBe(readers.length - claimedByKilled)
      const all = [...slow.received, ...smtp.received].filter((mail) => mail.text?.includes(news.title))
      const perReader = readers.map((reader) => all.filter((mail) => mail.envelopeTo.includes(reader.email)).length)
      expect(Math.max(...perReader)).toBe(1)

      const { rows } = await pool.query<{ subscriber_id: number }>(
        `select distinct subscriber_id from digest_deliveries where status = 'sending' and subscriber_id between $1 and $2`,
        [first, last],
      )
      const stalled = rows.map((row) => row.subscriber_id)
      const unserved = readers.filter((_, index) => perReader[index] === 0).map((reader) => reader.id)
      // Whoever got nothing was claimed by the killed run without an answer from SMTP (the
      // message may also have arrived, its answer lost). A batch hands one message at a time to
      // SMTP: the window is that one message. It is reported, never sent again.
      for (const id of unserved) expect(stalled).toContain(id)
      expect(stalled.length).toBeLessThanOrEqual(1)
      expect(beforeRerun).toBeGreaterThanOrEqual(5)
      expect((await ledger.markLost(payload, 0))).toBeGreaterThanOrEqual(stalled.length)
    } finally {
      batch?.child.kill('SIGKILL')
      await slow.stop()
    }
  }, 120_000)

  it('run by two app servers at once, each subscriber gets the post exactly once', async () => {
    const readers = await subscribersInRange(20)
    const news = await post('Deux serveurs')
    const first = readers[0]!.id
    const last = readers.at(-1)!.id
    const [a, b] = await Promise.all([runBatchInChild(smtp.url, first, last), runBatchInChild(smtp.url, first, last)])
    expect(a.sent + b.sent).toBe(readers.length)
    const counts = readers.map((reader) => mailsTo(reader.email).filter((mail) => mail.text?.includes(news.title)).length)
    expect(counts).toEqual(readers.map(() => 1))
  }, 120_000)
})

describe('subscribers through the Local API with access rules', () => {
  it('are refused to editors; administrators read them but cannot write consent (status, confirmation date)', async () => {
    const { makeUser } = await import('./payload')
    const { Forbidden } = await import('payload')
    // The admin first: on an empty database the first account is made an administrator.
    const admin = await makeUser(payload, ['admin'])
    const editor = await makeUser(payload, ['editor'])
    expect(editor.roles).toEqual(['editor'])
    const asEditor = { overrideAccess: false, user: editor } as const
    await expect(payload.find({ collection: 'subscribers', ...asEditor })).rejects.toBeInstanceOf(Forbidden)
    await expect(payload.create({ collection: 'subscribers', data: { email: address('editeur'), frequency: 'daily' } as Subscriber, ...asEditor })).rejects.toBeInstanceOf(Forbidden)
    const made = await payload.create({
      collection: 'subscribers',
      data: { email: address('admin'), frequency: 'daily', status: 'confirmed', confirmedAt: hoursAgo(1) } as Subscriber,
      overrideAccess: false,
      user: admin,
    })
    expect(made).toMatchObject({ status: 'pending' })
    expect(made.confirmedAt ?? null).toBeNull()
    const updated = await payload.update({ collection: 'subscribers', id: made.id, data: { status: 'confirmed' }, overrideAccess: false, user: admin })
    expect(updated.status).toBe('pending')
    expect((await payload.find({ collection: 'subscribers', where: { id: { equals: made.id } }, overrideAccess: false, user: admin })).totalDocs).toBe(1)
  })
})

describe('subscribing and unsubscribing', () => {
  it('asks for confirmation first; the signed link confirms, an altered or expired one does not', async () => {
    const email = address('inscription')
    await subscriptions.signUp(payload, { email, frequency: 'weekly', scope: 'all', sectors: [] }, [])
    const [mail] = await smtp.waitFor(1, (m) => m.envelopeTo.includes(email))
    expect(mail!.subject).toBe('Confirmez votre abonnement aux actualités')
    expect(mail!.text).toContain('toutes les actualités chaque semaine')
    const link = new URL(linksIn(String(mail!.html)).find((href) => href.includes('/abonnement/confirmation?'))!)
    expect(link.origin).toBe(SITE)
    const signed = { id: Number(link.searchParams.get('id')), expires: Number(link.searchParams.get('expire')), token: link.searchParams.get('jeton')! }
    const stored = (await payload.find({ collection: 'subscribers', where: { email: { equals: email } } })).docs[0]!
    expect(stored.status).toBe('pending')

    expect(await subscriptions.confirm(payload, { ...signed, token: signed.token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) })).toBe('invalid')
    expect(await subscriptions.confirm(payload, { ...signed, expires: signed.expires + 3600 })).toBe('invalid')
    expect(await subscriptions.confirm(payload, signed, new Date(Date.now() + 49 * 3600_000))).toBe('expired')
    expect(await subscriptions.confirm(payload, signed)).toBe('confirmed')
    const confirmed = await payload.findByID({ collection: 'subscribers', id: stored.id })
    expect(confirmed.status).toBe('confirmed')
    expect(new Date(confirmed.confirmedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })

  it('a second sign-up of a confirmed address changes nothing and tells the owner, without a confirmation link', async () => {
    const reader = await subscriber({ frequency: 'daily' })
    await subscriptions.signUp(payload, { email: reader.email, frequency: 'weekly', scope: 'all', sectors: [] }, [])
    const [mail] = await smtp.waitFor(1, (m) => m.envelopeTo.includes(reader.email))
    expect(mail!.subject).toBe('Vous êtes déjà abonné aux actualités')
    expect(linksIn(String(mail!.html)).some((href) => href.includes('/abonnement/confirmation'))).toBe(false)
    expect((await payload.findByID({ collection: 'subscribers', id: reader.id })).frequency).toBe('daily')
  })

  it('unsubscribing deletes the address, its choices and its ledger, and keeps only a hash with the consent dates', async () => {
    const reader = await subscriber({})
    await post('Avant le désabonnement')
    await digest.sendDigestBatch(payload, { frequency: 'daily', edition: 'daily:unsub', firstId: reader.id, lastId: reader.id, at: new Date().toISOString() })
    const { unsubscribeToken } = await import('@/payload/subscriptions/tokens')
    expect(await subscriptions.unsubscribe(payload, { id: reader.id, token: unsubscribeToken(reader.id, 'autre@exemple.fr') })).toBe('invalid')
    expect(await subscriptions.unsubscribe(payload, { id: reader.id, token: unsubscribeToken(reader.id, reader.email) })).toBe('done')
    expect((await payload.find({ collection: 'subscribers', where: { email: { equals: reader.email } } })).totalDocs).toBe(0)
    expect((await pool.query('select 1 from digest_deliveries where subscriber_id = $1', [reader.id])).rowCount).toBe(0)
    const hash = createHash('sha256').update(reader.email).digest('hex')
    const { rows } = await pool.query('select * from consent_withdrawals where address_sha256 = $1', [hash])
    expect(rows).toHaveLength(1)
    expect(new Date(rows[0].consented_at).toISOString()).toBe(reader.confirmedAt)
    // What was sent still counts on the dashboard.
    expect((await ledger.deliveryCounts(payload)).sent).toBeGreaterThan(0)
    // A second click (or a mail program's retry) is not an error.
    expect(await subscriptions.unsubscribe(payload, { id: reader.id, token: unsubscribeToken(reader.id, reader.email) })).toBe('done')
  })
})
