import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { type Expiry, expireCacheTagsThroughServer } from '@/payload/jobs/expireCacheTags'

import { type ImportReport, importCareers } from './importCareers'
import { ImportRefused, type PreparedImport, prepareOnisepImport } from './readFile'

// Any fixed number, the same for every run: PostgreSQL's advisory locks are keyed by integers.
const IMPORT_LOCK = 2_024_0001

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so two imports (two shells, or a shell
 * and a server) never interleave: the second is refused at once, in French, before writing.
 * A session lock on a connection of its own, released when the work ends or the process dies.
 */
const oneImportAtATime = async <T>(payload: Payload, work: () => Promise<T>): Promise<T> => {
  const client = await (payload.db as unknown as { pool: { connect(): Promise<LockClient> } }).pool.connect()
  try {
    const { rows } = await client.query('select pg_try_advisory_lock($1) as locked', [IMPORT_LOCK])
    if (!rows[0]?.locked) throw new ImportRefused('Un autre import Onisep est en cours sur cette base : relancez celui-ci quand il sera terminé.')
    try {
      return await work()
    } finally {
      await client.query('select pg_advisory_unlock($1)', [IMPORT_LOCK])
    }
  } finally {
    client.release()
  }
}
type LockClient = { query(sql: string, values: unknown[]): Promise<{ rows: { locked?: boolean }[] }>; release(): void }

export type ImportOutcome = { report: ImportReport; edition: string | null; seconds: number; cache: Expiry }

export type RunOptions = {
  publish?: boolean
  onProgress?: (done: number, total: number) => void
  serverWaitMs?: number
  signal?: AbortSignal
  /** Called once the run holds the lock, before the first record: what says "running" is then true. */
  onStart?: () => Promise<void>
}

/**
 * Whether an import holds the lock now, on any connection to this database (PostgreSQL's
 * pg_locks: a bigint key below 2³² is classid 0, objid the key, objsubid 1). The truth behind an
 * import marked "running": a server or shell that died took its lock with it.
 */
export const importRunning = async (payload: Payload): Promise<boolean> => {
  const { rows } = await payload.db.drizzle.execute<{ held: boolean }>(
    sql`select exists (select 1 from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database()) and classid = 0 and objid = ${IMPORT_LOCK} and objsubid = 1 and granted) as held`,
  )
  return Boolean(rows[0]?.held)
}

/**
 * Imports a prepared file, one run at a time, then has the server expire the pages it changed,
 * once; a run that fails half-way still has what it committed expired.
 */
export const runPreparedImport = async (payload: Payload, { read, edition }: PreparedImport, options: RunOptions): Promise<ImportOutcome> => {
  const started = Date.now()
  return oneImportAtATime(payload, async () => {
    await options.onStart?.()
    const deferredTags = new Set<string>()
    let report: ImportReport
    try {
      report = await importCareers(payload, read, { edition, publish: options.publish, onProgress: options.onProgress, deferredTags, signal: options.signal })
    } catch (error) {
      // What was committed before the failure is on the site: its pages are expired all the same.
      await expireCacheTagsThroughServer(payload, [...deferredTags], 0).catch(() => 'failed')
      throw error
    }
    const cache = await expireCacheTagsThroughServer(payload, report.tags, options.serverWaitMs)
    return { report, edition, seconds: (Date.now() - started) / 1000, cache }
  })
}

/** Reads, checks and imports an Idéo-Métiers file (prepareOnisepImport, then runPreparedImport). */
export const runOnisepImport = async (payload: Payload, file: string, options: RunOptions & { date?: string }): Promise<ImportOutcome> =>
  runPreparedImport(payload, await prepareOnisepImport(file, options.date), options)
