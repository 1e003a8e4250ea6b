import type { TaskConfig } from 'payload'

import { isFinished } from './importStatus'
import { ImportRefused, type OnisepFile } from './readFile'
import { runRecordedImport } from './recordedImport'

/**
 * An import launched from the admin (collections/OnisepImports.ts), run by the server's jobs
 * runner on the `onisep` queue, inside a Next request: the pages it changed are expired there
 * and then, once. Never retried on its own: a run cut short by a stopped server is put back by
 * the next runner (payload/jobs/oneRunnerAtATime.ts) and, as every import, simply run again.
 */
export const onisepImportTask: TaskConfig<{
  input: { importId: number; read: OnisepFile; edition?: string | null; publish?: boolean | null }
  output: { status: string }
}> = {
  slug: 'onisepImport',
  label: 'Import Onisep',
  inputSchema: [
    { name: 'importId', type: 'number', required: true },
    { name: 'read', type: 'json', required: true },
    { name: 'edition', type: 'text' },
    { name: 'publish', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  retries: 0,
  handler: async ({ input, req }) => {
    const current = await req.payload.findByID({ collection: 'onisep-imports', id: input.importId, depth: 0, select: { status: true }, overrideAccess: true, disableErrors: true })
    // Deleted, or already over (a run that ended just before its server died, its job not yet
    // marked complete): nothing to do, and its report stays as it is.
    if (!current || isFinished(current.status)) return { output: { status: current?.status ?? 'deleted' } }
    try {
      const outcome = await runRecordedImport(req.payload, input.importId, { read: input.read, edition: input.edition ?? null }, {
        // Marked running by a run its server stopped: this one takes it up again.
        resumed: current.status === 'running',
        publish: input.publish === true,
        // Inside Next (the runner's request) the pages are expired at once; elsewhere (a jobs CLI)
        // the expiry is queued for the server, and this job need not wait for it.
        serverWaitMs: 0,
      })
      return { output: { status: outcome.report.interrupted ? 'interrupted' : 'done' } }
    } catch (error) {
      // Written on the import for the administrator; the job itself is over either way.
      if (error instanceof ImportRefused) return { output: { status: 'refused' } }
      req.payload.logger.error({ err: error, msg: `Import Onisep n° ${input.importId} échoué` })
      return { output: { status: 'failed' } }
    }
  },
}
