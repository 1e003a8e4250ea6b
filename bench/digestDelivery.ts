// `npm run bench:digest`: one digest edition to DIGEST_SUBSCRIBERS (default 10 000) generated,
// confirmed subscribers, through the real path: the production server (`npm run build` first)
// runs the planner and the digest batches when called as its jobs runner calls it, and sends
// through SMTP to a local SMTP server (smtp-server) in this process. Beside it, the machine's
// ceiling in the same run: the same number of messages of the same size sent by a bare
// nodemailer script through the same pooled transport to the same server. Reports time,
// messages per second and the app server's memory; writes bench/digest.json. Asserts nothing.
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import nodemailer from 'nodemailer'
import pg from 'pg'

import { databaseUrl, dropDatabase, ensureDatabase } from '@/scripts/databases'
import { freePort } from '@/scripts/freePort'
import { waitFor } from '@/scripts/waitFor'
import { startSmtpServer } from '@/tests/support/smtpServer'
import { requireBuild, startChild, startScript, tsx } from './portal'
import { treePssMb, treeRssMb } from './processUsage'

const SUBSCRIBERS = Number(process.env.DIGEST_SUBSCRIBERS || 10_000)
const POSTS = 3

requireBuild()
const serverUrl = process.env.DATABASE_URL
if (!serverUrl) throw new Error('DATABASE_URL (a PostgreSQL server where a throw-away database can be made) is needed.')
const database = `reperes_digest_${Date.now().toString(36)}`
const smtp = await startSmtpServer({ parse: false })
const children: ReturnType<typeof startChild>[] = []
try {
  await ensureDatabase(serverUrl, database)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const cronSecret = randomBytes(16).toString('hex')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl(serverUrl, database),
    PAYLOAD_SECRET: `bench-${randomBytes(8).toString('hex')}`,
    MEDIA_DIR: path.join(tmpdir(), `${database}-media`),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  console.log(`Database ${database}: migrations and demo seed…`)
  const seed = startChild(process.execPath, [tsx, 'scripts/seed.ts'], env)
  await new Promise((resolve, reject) => seed.on('exit', (code) => (code === 0 ? resolve(null) : reject(new Error(`seed exited ${code}`)))))

  // Subscribers and new posts straight in SQL: the bench measures sending, not signing up.
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL })
  await pool.query(
    `insert into subscribers (email, status, frequency, confirmed_at)
     select 'lecteur-' || n || '@exemple.fr', 'confirmed', 'daily', now() - interval '1 day' from generate_series(1, $1) n`,
    [SUBSCRIBERS],
  )
  await pool.query(
    `update news set published_at = now() - (interval '1 hour' * rn) from (
       select id, row_number() over (order by published_at desc) rn from news where _status = 'published' limit $1) latest
     where news.id = latest.id`,
    [POSTS],
  )
  await pool.end()

  const server = startChild(process.execPath, [startScript], {
    ...env,
    PORT: String(port),
    SITE_URL: base,
    WARM_PAGES: 'false',
    MIGRATE_ON_START: 'false',
    JOBS_RUN_EVERY_SECONDS: '0',
    CRON_SECRET: cronSecret,
    SMTP_URL: smtp.url,
    EMAIL_FROM: 'Repères <bench@reperes.test>',
    DIGEST_HOUR: '0',
  })
  children.push(server)
  await waitFor(`${base}/actualites`)

  // The runner's calls (scripts/jobsRunner.ts): the default queue (it plans), then digest batches.
  const run = (query: string) => fetch(`${base}/api/payload-jobs/run?silent=true${query}`, { headers: { authorization: `Bearer ${cronSecret}` } }).then((r) => r.json())
  // The planner is a scheduled task (every five minutes, on the clock): the default queue is
  // called every second, as the runner does, until it has queued the edition's batches.
  const jobsTable = new pg.Client({ connectionString: env.DATABASE_URL })
  await jobsTable.connect()
  const waitingSince = performance.now()
  console.log('Waiting for the planner (it runs at the next multiple of five minutes)…')
  while (Number((await jobsTable.query(`select count(*) as n from payload_jobs where queue = 'digest'`)).rows[0].n) === 0) {
    if (performance.now() - waitingSince > 7 * 60_000) throw new Error('The planner queued no digest batch within 7 minutes.')
    await run('')
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  await jobsTable.end()
  const started = performance.now()
  let peakRss = treeRssMb(server.pid!)
  let peakPss = treePssMb(server.pid!)
  let calls = 0
  let longestDigestCallMs = 0
  // Meanwhile, the default queue (scheduled publications) is called every second, as another
  // server's runner would: how long does it take while the digest runs?
  let longestDefaultCallMs = 0
  let sending = true
  const publications = (async () => {
    while (sending) {
      const callStarted = performance.now()
      await run('')
      longestDefaultCallMs = Math.max(longestDefaultCallMs, performance.now() - callStarted)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  })()
  let lastProgress = performance.now()
  let lastCount = 0
  while (smtp.received.length < SUBSCRIBERS) {
    const callStarted = performance.now()
    await run('&queue=digest&limit=2')
    longestDigestCallMs = Math.max(longestDigestCallMs, performance.now() - callStarted)
    calls += 1
    peakRss = Math.max(peakRss, treeRssMb(server.pid!))
    peakPss = Math.max(peakPss, treePssMb(server.pid!))
    if (smtp.received.length !== lastCount) {
      lastCount = smtp.received.length
      lastProgress = performance.now()
      if (calls % 10 === 0) console.log(`${lastCount} messages after ${((performance.now() - started) / 1000).toFixed(0)} s`)
    } else if (performance.now() - lastProgress > 60_000) {
      console.error(`No progress for a minute: ${smtp.received.length} of ${SUBSCRIBERS} messages received.`)
      break
    }
  }
  const appMs = performance.now() - started
  sending = false
  await publications
  const sent = smtp.received.length
  const size = Math.round(smtp.received.reduce((sum, mail) => sum + mail.size, 0) / Math.max(1, sent))

  // The ceiling: the same number of messages of the same size through one pooled nodemailer
  // transport, from a bare script: one at a time as the app sends them (at most once: one
  // message in flight), and all at once (the pool's five connections: what the relay takes).
  const transport = nodemailer.createTransport(`${smtp.url}?pool=true`)
  const body = 'x'.repeat(Math.max(0, size - 600))
  const message = (n: number) => ({ from: 'bench@reperes.test', to: `lecteur-${n}@exemple.fr`, subject: 'Plafond', text: body })
  // 2 000 messages each way are enough for a rate.
  const sample = Math.min(SUBSCRIBERS, 2000)
  smtp.received.length = 0
  const sequentialStarted = performance.now()
  for (let n = 0; n < sample; n += 1) await transport.sendMail(message(n))
  const ceilingMs = ((performance.now() - sequentialStarted) * SUBSCRIBERS) / sample
  const parallelStarted = performance.now()
  await Promise.all(Array.from({ length: sample }, (_, n) => transport.sendMail(message(n))))
  const parallelMs = ((performance.now() - parallelStarted) * SUBSCRIBERS) / sample
  transport.close()

  const results = {
    subscribers: SUBSCRIBERS,
    posts: POSTS,
    messagesReceived: sent,
    averageMessageBytes: size,
    runnerCalls: calls,
    appSeconds: Number((appMs / 1000).toFixed(1)),
    appMessagesPerSecond: Math.round(sent / (appMs / 1000)),
    longestDigestCallSeconds: Number((longestDigestCallMs / 1000).toFixed(1)),
    longestPublicationCallDuringDigestMs: Math.round(longestDefaultCallMs),
    ceilingOneAtATimeSecondsForAll: Number((ceilingMs / 1000).toFixed(1)),
    ceilingOneAtATimeMessagesPerSecond: Math.round(SUBSCRIBERS / (ceilingMs / 1000)),
    ceilingParallelMessagesPerSecond: Math.round(SUBSCRIBERS / (parallelMs / 1000)),
    serverPeakRssMb: peakRss,
    serverPeakPssMb: peakPss,
  }
  console.table(results)
  writeFileSync('bench/digest.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`)
} finally {
  for (const child of children) child.kill('SIGTERM')
  await new Promise((resolve) => setTimeout(resolve, 1500))
  await smtp.stop()
  await dropDatabase(serverUrl, database).catch((error) => console.error(`Could not drop ${database}:`, error))
}
