import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeUser, testPayload } from './payload'

// When each scheduled task last ran (Payload's `payload-jobs-stats` global): a later date there
// stops the task from being queued, so only administrators may touch it.

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  // The queue's own bookkeeping makes the row, as on a running server.
  await payload.jobs.handleSchedules()
})

afterAll(async () => {
  // handleSchedules() queued the hourly cleanup; another file running the queue would run it.
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deleteAbandonedDrafts' } }, overrideAccess: true })
})

describe('the jobs statistics global', () => {
  for (const role of ['contributor', 'editor'] as const) {
    it(`refuses a ${role} reading or updating it`, async () => {
      const user = await makeUser(payload, [role])
      await expect(payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user })).rejects.toThrow()
      await expect(
        payload.updateGlobal({ slug: 'payload-jobs-stats', data: { stats: { scheduledRuns: { tasks: { deleteAbandonedDrafts: { lastScheduledRun: '2100-01-01T00:00:00.000Z' } } } } }, overrideAccess: false, user }),
      ).rejects.toThrow()
      const stats = await payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: true })
      expect(JSON.stringify(stats.stats ?? {})).not.toContain('2100')
    })
  }

  it('lets an administrator read it', async () => {
    const admin = await makeUser(payload, ['admin'])
    const stats = await payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user: admin })
    expect(stats.stats).toBeTruthy()
  })
})
