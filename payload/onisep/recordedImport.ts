import type { Payload } from 'payload'

import type { ImportReport } from './importCareers'
import type { ImportStatus } from './importStatus'
import { ImportRefused, type PreparedImport } from './readFile'
import { type ImportOutcome, type RunOptions, runPreparedImport } from './runImport'
import { countsLine } from './summary'

// Progress is written at most this often: a thousand records make a few dozen writes, not a thousand.
const PROGRESS_EVERY_MS = 1000

/** The report as the admin keeps it: the run's report without its cache tags (a count is enough), with the run's figures. */
export type KeptReport = Omit<ImportReport, 'tags'> & { pagesExpired: number; cache: ImportOutcome['cache']; edition: string | null; seconds: number }

const kept = ({ report: { tags, ...report }, cache, edition, seconds }: ImportOutcome): KeptReport => ({ ...report, pagesExpired: tags.length, cache, edition, seconds })

/**
 * Runs an import (runPreparedImport) for its record in `onisep-imports`, which follows it: running
 * with its progress, then done or interrupted with its report, or refused or failed with the
 * reason. Throws what the run threw, once it is written down.
 */
export const runRecordedImport = async (payload: Payload, importId: number, prepared: PreparedImport, options: RunOptions): Promise<ImportOutcome> => {
  const record = (data: Record<string, unknown>) =>
    payload.update({ collection: 'onisep-imports', id: importId, data, depth: 0, overrideAccess: true, select: { status: true } })
  const finished = (status: ImportStatus, data: Record<string, unknown>) => record({ status, finishedAt: new Date().toISOString(), ...data })

  await record({ status: 'running', startedAt: new Date().toISOString(), finishedAt: null, processed: 0, total: prepared.read.careers.length, error: null })
  // One write at a time, in order: the last progress never lands after the end.
  let writes = Promise.resolve()
  let lastWrite = 0
  const onProgress = (done: number, total: number) => {
    options.onProgress?.(done, total)
    if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return
    lastWrite = Date.now()
    // A progress that could not be written is not worth stopping the import for.
    writes = writes.then(() => record({ processed: done })).then(
      () => undefined,
      () => undefined,
    )
  }
  try {
    const outcome = await runPreparedImport(payload, prepared, { ...options, onProgress })
    await writes
    const { interrupted } = outcome.report
    await finished(interrupted ? 'interrupted' : 'done', {
      processed: interrupted?.done ?? prepared.read.careers.length,
      counts: countsLine(outcome.report),
      report: kept(outcome),
    })
    return outcome
  } catch (error) {
    await writes
    const reason = error instanceof ImportRefused ? error.message : `Erreur inattendue, l’import s’est arrêté : ${error instanceof Error ? error.message : String(error)}`
    await finished(error instanceof ImportRefused ? 'refused' : 'failed', { error: reason.slice(0, 1000) }).catch(() => undefined)
    throw error
  }
}
