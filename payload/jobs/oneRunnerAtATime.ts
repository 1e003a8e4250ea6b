import type { Endpoint, PayloadHandler } from 'payload'

import { canRunJobs } from '@/payload/access/canRunJobs'
import { sqlPool } from '@/payload/db/sqlPool'

// Any 64-bit number no other part of the portal uses as an advisory lock.
export const QUEUE_LOCK = 7_236_101
// The e-mail digests' and the ONISEP imports' queues have a lock each: publications never wait for them.
const QUEUE_LOCKS: Record<string, number> = { default: QUEUE_LOCK, digest: QUEUE_LOCK + 1, onisep: QUEUE_LOCK + 2 }

/**
 * Every app server calls GET /api/payload-jobs/run every few seconds. Payload claims jobs with
 * a read then an update, so two servers running the queue at the same moment can claim the
 * same job and publish twice (measured: every job ran twice with two servers). The run takes
 * a PostgreSQL advisory lock first, one per queue: one server runs a queue at a time, the
 * others skip that turn. The lock lives on one pooled connection and goes with it if the
 * server dies.
 *
 * Holding the lock, no run of that queue is under way anywhere: a job still marked
 * "processing" was cut short by a server that died (Payload would never pick it again, and a
 * schedule whose job is stuck that way is never queued again). Such jobs are put back first.
 */
export const oneRunnerAtATime = (handler: PayloadHandler): PayloadHandler => async (req) => {
  // Payload's handler checks access too; checked here first so that a refused caller is told
  // so whether or not another server holds the lock.
  if (!canRunJobs({ req })) return Response.json({ message: req.t('error:unauthorized') }, { status: 401 })
  const pool = sqlPool(req.payload)
  const client = await pool.connect()
  // A connection whose unlock did not go through is closed rather than pooled: closing it is
  // what releases the lock, and a pooled one would hold it, and stop every run, for good.
  let clean = false
  try {
    const queue = typeof req.query?.queue === 'string' && !req.query?.allQueues ? req.query.queue : 'default'
    const lock = QUEUE_LOCKS[queue] ?? QUEUE_LOCK
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [lock])
    if (!rows[0]?.locked) {
      clean = true
      return Response.json({ message: 'Another server is running the queue.', noJobsRemaining: false, skipped: true })
    }
    try {
      if (!req.query?.allQueues) await client.query(`update payload_jobs set processing = false where processing and queue = $1`, [queue])
      return await handler(req)
    } finally {
      await client.query('select pg_advisory_unlock($1)', [lock])
      clean = true
    }
  } finally {
    client.release(!clean)
  }
}

/** The jobs collection's endpoints, with the run endpoint serialised across servers. */
export const serialisedJobEndpoints = (endpoints: Endpoint[] | false | undefined): Endpoint[] | false | undefined =>
  endpoints && endpoints.map((endpoint) => (endpoint.path === '/run' ? { ...endpoint, handler: oneRunnerAtATime(endpoint.handler) } : endpoint))
