// Runs the jobs queue of the server started by scripts/start.ts: calls the same endpoint an
// external cron would (see README, "Publication programmée"), so a scheduled publication runs
// inside a Next request and expires the cache tags of the pages it changes.

/** The digests' queue (payload/digest/tasks.ts DIGEST_QUEUE; not imported: this file runs without the app's modules). */
const DIGEST_QUEUE = 'digest'
/** Digest batches per run: about a second each on a local SMTP relay (npm run bench:digest). */
const DIGEST_JOBS_PER_RUN = 3

export type JobsRunner = { stop: () => void }

type Options = { baseUrl: string; secret: string; everyMs: number; log?: (message: string) => void }

/** The delay until the next multiple of `everyMs` on the wall clock: 09:00:00 runs at 09:00:00. */
export const delayToNextTick = (now: number, everyMs: number): number => everyMs - (now % everyMs)

export const startJobsRunner = ({ baseUrl, secret, everyMs, log = console.error }: Options): JobsRunner => {
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  let lastFailure = ''

  const call = async (query: string) => {
    const response = await fetch(`${baseUrl}/api/payload-jobs/run?silent=true${query}`, {
      headers: { authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(60_000),
    })
    await response.arrayBuffer()
    return response
  }

  const runOnce = async () => {
    try {
      // Publications and schedules first, then a few batches of the e-mail digests (their own
      // queue, payload/digest/tasks.ts): each call ends within seconds, and a digest to many
      // subscribers never holds a publication back by more than one call.
      let response = await call('')
      if (response.ok) response = await call(`&queue=${DIGEST_QUEUE}&limit=${DIGEST_JOBS_PER_RUN}`)
      const failure = response.ok ? '' : `HTTP ${response.status}`
      if (failure && failure !== lastFailure) log(`Publication programmée : la file de tâches a répondu ${failure}.`)
      lastFailure = failure
    } catch (error) {
      // Refused connections are the server still starting or already stopping: not news.
      const code = (error as { cause?: { code?: string } }).cause?.code
      const failure = code === 'ECONNREFUSED' ? '' : String(error)
      if (failure && failure !== lastFailure) log(`Publication programmée : file de tâches injoignable (${failure}).`)
      lastFailure = failure
    }
  }

  const schedule = () => {
    if (stopped) return
    timer = setTimeout(async () => {
      await runOnce()
      schedule()
    }, delayToNextTick(Date.now(), everyMs))
    timer.unref()
  }
  schedule()
  return {
    stop: () => {
      stopped = true
      clearTimeout(timer)
    },
  }
}
