// Runs the jobs queue of the server started by scripts/start.ts: calls the same endpoint an
// external cron would (see README, "Publication programmée"), so a scheduled publication runs
// inside a Next request and expires the cache tags of the pages it changes.

export type JobsRunner = { stop: () => void }

type Options = { baseUrl: string; secret: string; everyMs: number; log?: (message: string) => void }

/** The delay until the next multiple of `everyMs` on the wall clock: 09:00:00 runs at 09:00:00. */
export const delayToNextTick = (now: number, everyMs: number): number => everyMs - (now % everyMs)

export const startJobsRunner = ({ baseUrl, secret, everyMs, log = console.error }: Options): JobsRunner => {
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  let lastFailure = ''

  const runOnce = async () => {
    try {
      const response = await fetch(`${baseUrl}/api/payload-jobs/run?silent=true`, {
        headers: { authorization: `Bearer ${secret}` },
        signal: AbortSignal.timeout(60_000),
      })
      await response.arrayBuffer()
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
