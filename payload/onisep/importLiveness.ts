import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { importRunning } from './runImport'

/** The job (task `onisepImport`) that will run an import, unfinished: its run is still to come. */
export const jobWaitingFor = async (payload: Payload, importId: number): Promise<boolean> => {
  const { rows } = await payload.db.drizzle.execute<{ waiting: boolean }>(
    sql`select exists (select 1 from payload_jobs where task_slug = 'onisepImport' and completed_at is null and not coalesce(has_error, false) and (input->>'importId')::int = ${importId}) as waiting`,
  )
  return Boolean(rows[0]?.waiting)
}

/**
 * Whether an import marked queued or running has something behind it: a run that holds the
 * import lock (runImport.ts), or a job still to run it. Read from PostgreSQL, not guessed from
 * the time of its last write: a shell or server that died holds neither, however recent.
 */
export const importAlive = async (payload: Payload, doc: { id: number; status?: string | null }): Promise<boolean> => {
  if (doc.status === 'running') return importRunning(payload)
  // Queued by the command line (no job): alive while it runs, from the moment it takes the lock.
  if (doc.status === 'queued') return (await jobWaitingFor(payload, doc.id)) || importRunning(payload)
  return false
}
