import type { Config } from 'payload'

import { canRunJobs } from '@/payload/access/canRunJobs'
import { isEditor } from '@/payload/access/isEditor'
import { planDigestsTask, sendDigestBatchTask } from '@/payload/digest/tasks'
import { notifyReviewTask } from '@/payload/review/notifyTask'
import { onisepImportTask } from '@/payload/onisep/importTask'
import { deleteAbandonedDraftsTask } from './abandonedDrafts'
import { expireCacheTagsTask } from './expireCacheTags'
import { serialisedJobEndpoints } from './oneRunnerAtATime'

/**
 * The queue holds scheduled publications (Payload's `schedulePublish` task, added by the
 * collections' `versions.drafts.schedulePublish`). It is run over HTTP, never by an in-process
 * cron: a job run inside a Next route handler can expire Next's cache tags, one run from a
 * timer cannot (revalidateTag needs a request context). `npm start` calls the endpoint every
 * few seconds (scripts/jobsRunner.ts); other deployments point a cron at the same URL.
 */
export const jobs: Config['jobs'] = {
  access: {
    run: canRunJobs,
    queue: ({ req }) => Boolean(isEditor({ req })),
    cancel: ({ req }) => Boolean(isEditor({ req })),
  },
  // Digests and ONISEP imports go to their own queues ("digest", "onisep"), run in the
  // background of each call of the runner (scripts/jobsRunner.ts): a publication never waits
  // behind a digest's batches or a thousand careers.
  tasks: [deleteAbandonedDraftsTask, planDigestsTask, sendDigestBatchTask, notifyReviewTask, expireCacheTagsTask, onisepImportTask],
  // A finished publication leaves its trace in the document's versions; the job row is noise.
  deleteJobOnComplete: true,
  // Several app servers share the queue: one of them runs it at a time.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    endpoints: serialisedJobEndpoints(defaultJobsCollection.endpoints),
  }),
}
