import type { Payload } from 'payload'

import { expireCacheTagsThroughServer } from '@/payload/jobs/expireCacheTags'

import { type ImportReport, importCareers } from './importCareers'
import { editionOf, readOnisepFile } from './readFile'

export type ImportOutcome = { report: ImportReport; edition: string | null; seconds: number; cacheExpired: boolean }

/**
 * Reads, checks and imports an Idéo-Métiers file, then has the server expire the pages it
 * changed, once. A refused file or date throws a NotAnOnisepFile before anything is written.
 */
export const runOnisepImport = async (
  payload: Payload,
  file: string,
  options: { date?: string; publish?: boolean; onProgress?: (done: number, total: number) => void; serverWaitMs?: number },
): Promise<ImportOutcome> => {
  const started = Date.now()
  const read = await readOnisepFile(file)
  const edition = editionOf(options.date, read.latestYear)
  const report = await importCareers(payload, read, { edition, publish: options.publish, onProgress: options.onProgress })
  const cacheExpired = await expireCacheTagsThroughServer(payload, report.tags, options.serverWaitMs)
  return { report, edition, seconds: (Date.now() - started) / 1000, cacheExpired }
}
