import type { Payload } from 'payload'

import type { ImportReport } from './importCareers'
import type { ImportStatus } from './importStatus'
import { ImportRefused, type PreparedImport } from './readFile'
import { type ImportOutcome, type RunOptions, runPreparedImport } from './runImport'
import { countsLine } from './summary'

// Progress is written at most this often: a thousand records make a few dozen writes, not a thousand.
const PROGRESS_EVERY_MS = 1000

/** The report as the admin keeps it: the run's report without its cache tags (a count is enough), with the run's figures. */
export type KeptReport = Omit<ImportReport, 'tags'> & {
  pagesExpired: number
  cache: ImportOutcome['cache']
  edition: string | null
  seconds: number
  /** Taken up again after a stop (a server that died mid-run): what the first part created counts as unchanged here. */
  resumed?: boolean
}

const kept = ({ report: { tags, ...report }, cache, edition, seconds }: ImportOutcome, resumed: boolean): KeptReport => ({
  ...report,
  pagesExpired: tags.length,
  cache,
  edition,
  seconds,
  ...(resumed ? { resumed } : {}),
})

/**
 * Runs an import (runPreparedImport) for its record in `onisep-imports`, which follows it: running
 * once the run holds the import lock (never before: a run refused by the lock must not say so
 * over the one that holds it), with its progress, then done or interrupted with its report, or
 * refused or failed with the reason. Throws what the run threw, once it is written down.
 */
export const runRecordedImport = async (
  payload: Payload,
  importId: number,
  prepared: PreparedImport,
  options: RunOptions & { resumed?: boolean },
): Promise<ImportOutcome> => {
  const record = (data: Record<string, unknown>) =>
    payload.update({ collection: 'onisep-imports', id: importId, data, depth: 0, overrideAccess: true, select: { status: true } })
  const finished = (status: ImportStatus, data: Record<string, unknown>) => record({ status, finishedAt: new Date().toISOString(), ...data })

  // One progress write at a time, the latest figure only: a slow database is not queued a
  // write per second, and the last progress never lands after the end.
  let writing: Promise<unknown> | null = null
  let latest = 0
  let lastWrite = 0
  const writeProgress = () => {
    lastWrite = Date.now()
    const done = latest
    // A progress that could not be written is not worth stopping the import for. The adapter's
    // own update: Payload's (hooks, upload handling) took about 0.4 s a write, 19 s over a
    // thousand records in the bench; a number needs none of it.
    writing = payload.db
      .updateOne({ collection: 'onisep-imports', id: importId, data: { processed: done, updatedAt: new Date().toISOString() } })
      .catch(() => undefined)
      .finally(() => {
        writing = null
      })
  }
  const onProgress = (done: number, total: number) => {
    options.onProgress?.(done, total)
    latest = done
    if (!writing && Date.now() - lastWrite >= PROGRESS_EVERY_MS) writeProgress()
  }
  const onStart = async () => {
    await record({ status: 'running', startedAt: new Date().toISOString(), finishedAt: null, processed: 0, total: prepared.read.careers.length, error: null })
  }
  try {
    const outcome = await runPreparedImport(payload, prepared, { ...options, onStart, onProgress })
    await writing
    const { interrupted } = outcome.report
    await finished(interrupted ? 'interrupted' : 'done', {
      processed: interrupted?.done ?? prepared.read.careers.length,
      counts: countsLine(outcome.report),
      report: kept(outcome, options.resumed === true),
    })
    return outcome
  } catch (error) {
    await writing
    const reason = error instanceof ImportRefused ? error.message : `Erreur inattendue, l’import s’est arrêté : ${error instanceof Error ? error.message : String(error)}`
    await finished(error instanceof ImportRefused ? 'refused' : 'failed', { error: reason.slice(0, 1000) }).catch(() => undefined)
    throw error
  }
}
