import type { Payload, TaskConfig } from 'payload'

import { revalidateTags } from '@/payload/hooks/revalidateTags'

/**
 * Expires cache tags from inside the server. A script (the ONISEP import's command line) runs
 * outside Next, where revalidateTag does nothing: it queues this task, and the server's jobs
 * runner (run over HTTP, inside a Next route handler: payload/jobs/config.ts) expires them.
 */
export const expireCacheTagsTask: TaskConfig<{ input: { tags: string[] }; output: { expired: number } }> = {
  slug: 'expireCacheTags',
  label: 'Rafraîchir les pages en cache',
  inputSchema: [{ name: 'tags', type: 'json', required: true }],
  outputSchema: [{ name: 'expired', type: 'number', required: true }],
  retries: 2,
  handler: async ({ input }) => {
    const tags = Array.isArray(input.tags) ? input.tags.filter((tag): tag is string => typeof tag === 'string') : []
    revalidateTags(tags)
    return { output: { expired: tags.length } }
  },
}

/** How long a script waits for a running server to take the job (its runner polls every few seconds). */
export const SERVER_WAIT_MS = 20_000

export type Expiry = 'expired' | 'queued' | 'failed'

/**
 * Has the server expire `tags`: at once inside Next, else through the queue. Resolves to
 * 'expired' once they are, 'failed' when the server ran the job and it failed (the queue keeps it
 * with its error), 'queued' when no server ran it within `waitMs` (the next server to run the
 * queue expires them).
 */
export const expireCacheTagsThroughServer = async (payload: Payload, tags: string[], waitMs = SERVER_WAIT_MS): Promise<Expiry> => {
  if (!tags.length) return 'expired'
  if (process.env.NEXT_RUNTIME) {
    revalidateTags(tags)
    return 'expired'
  }
  const job = await payload.jobs.queue({ task: 'expireCacheTags', input: { tags } })
  const deadline = Date.now() + waitMs
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    // deleteJobOnComplete: a finished job is gone.
    const left = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0, select: { hasError: true } })
    if (!left.docs.length) return 'expired'
    if (left.docs[0]?.hasError) return 'failed'
  }
  return 'queued'
}
