// Runs the jobs queue of the server started by scripts/start.ts: calls the same endpoint an
// external cron would (see README, "Publication programmée"), so a scheduled publication runs
// inside a Next request and expires the cache tags of the pages it changes.

/** The digests' queue (payload/digest/tasks.ts DIGEST_QUEUE; not imported: this file runs without the app's modules). */
const DIGEST_QUEUE = 'digest'
/** Digest batches per call: each stops sending after 20 s (BATCH_BUDGET_MS), within the call's 60 s. */
const DIGEST_JOBS_PER_RUN = 2
/** The ONISEP imports' queue (payload/onisep/importQueue.ts ONISEP_QUEUE), one import per call. */
const ONISEP_QUEUE = 'onisep'

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

  // At most one call per background queue in flight: they never hold back the next tick's publications.
  const inFlight = new Set<string>()
  const inBackground = (label: string, query: string, { longRuns = false } = {}) => {
    if (inFlight.has(query)) return
    inFlight.add(query)
    void call(query)
      .then((response) => response.ok || log(`${label} : la file de tâches a répondu HTTP ${response.status}.`))
      .catch((error) => {
        // A job longer than a call (an import of a thousand careers) goes on in the server after
        // the call gives up; the queue's lock keeps the next calls off it (oneRunnerAtATime.ts).
        if (longRuns && (error as Error).name === 'TimeoutError') return
        const failure = describe(error)
        if (failure) log(`${label} : ${failure}`)
      })
      .finally(() => inFlight.delete(query))
  }

  const report = (failure: string) => {
    if (failure && failure !== lastFailure) log(`Publication programmée : ${failure}`)
    lastFailure = failure
  }
  const describe = (error: unknown) => {
    // Refused connections are the server still starting or already stopping: not news.
    const code = (error as { cause?: { code?: string } }).cause?.code
    return code === 'ECONNREFUSED' ? '' : `file de tâches injoignable (${String(error)}).`
  }

  const runOnce = async () => {
    try {
      const response = await call('')
      report(response.ok ? '' : `la file de tâches a répondu HTTP ${response.status}.`)
    } catch (error) {
      report(describe(error))
    }
    // Then the queues of their own (a few batches of the e-mail digests, payload/digest/tasks.ts;
    // an ONISEP import), in the background of the next ticks.
    inBackground('Lettres d’actualités', `&queue=${DIGEST_QUEUE}&limit=${DIGEST_JOBS_PER_RUN}`)
    inBackground('Import Onisep', `&queue=${ONISEP_QUEUE}&limit=1`, { longRuns: true })
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
