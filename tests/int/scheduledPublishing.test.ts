import { TZDate } from '@date-fns/tz'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'
import { frenchLanguage } from '@/payload/i18n/french'
import { makeUser, testPayload } from './payload'

// Scheduled publications go through Payload's real jobs queue: queued the way the admin's
// "Planifier" drawer queues them, run by payload.jobs.run() as the /api/payload-jobs/run
// endpoint does. Only the clock is faked (Date), to stand at both sides of 09:00 Paris on the
// days France changes time.

let payload: Payload
let editor: User
let contributor: User

beforeAll(async () => {
  payload = await testPayload()
  await makeUser(payload, ['admin'])
  editor = await makeUser(payload, ['editor'])
  contributor = await makeUser(payload, ['contributor'])
})

afterEach(() => {
  vi.useRealTimers()
})

/** The editor's choice in the drawer: a wall-clock time in Paris, converted as the admin does. */
const parisTime = (year: number, month: number, day: number, hour: number) =>
  new Date(+new TZDate(year, month - 1, day, hour, 0, 0, 'Europe/Paris'))

// The admin's drawer sends the id as a string (payload#10481), the Local API as it is: both occur.
const schedule = (type: 'publish' | 'unpublish', id: number | string, at: Date, by: User) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'news', value: id as number }, user: { relationTo: 'users', value: by.id } },
    waitUntil: at,
  })

/** Runs the queue as if the wall clock showed `instant`. */
const runQueueAt = async (instant: string) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(instant))
  await payload.jobs.run({ queue: 'default' })
  vi.useRealTimers()
}

const visibleToVisitors = async (id: number) =>
  (await payload.find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1

const draftPost = (title: string) =>
  payload.create({ collection: 'news', data: { title, excerpt: 'Programmé.', _status: 'draft' }, draft: true })

describe('scheduled publishing through the jobs queue', () => {
  it('publishes at 09:00 Paris on the day clocks go forward (07:00 UTC), not before', async () => {
    const at = parisTime(2027, 3, 28, 9)
    // Summer time began at 02:00 that morning: 09:00 in Paris is UTC+2.
    expect(at.toISOString()).toBe('2027-03-28T07:00:00.000Z')
    const post = await draftPost('Ouverture des inscriptions au salon')
    await schedule('publish', post.id, at, editor)

    await runQueueAt('2027-03-28T06:59:59.000Z')
    expect(await visibleToVisitors(post.id)).toBe(false)

    await runQueueAt('2027-03-28T07:00:01.000Z')
    expect(await visibleToVisitors(post.id)).toBe(true)
    const published = await payload.findByID({ collection: 'news', id: post.id })
    expect(published._status).toBe('published')
    // "Publication le" is the moment it went live, not the moment it was scheduled.
    expect(published.publishedAt).toBe('2027-03-28T07:00:01.000Z')
    // The job is done and gone: it will not fire twice.
    const left = await payload.count({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: post.id } } })
    expect(left.totalDocs).toBe(0)
  })

  it('unpublishes at 09:00 Paris on the day clocks go back (08:00 UTC), not an hour early', async () => {
    const at = parisTime(2027, 10, 31, 9)
    // Winter time began at 03:00 that morning: 09:00 in Paris is UTC+1.
    expect(at.toISOString()).toBe('2027-10-31T08:00:00.000Z')
    const post = await payload.create({
      collection: 'news',
      data: { title: 'Fin des candidatures', excerpt: 'Dernier jour.', _status: 'published' },
    })
    await schedule('unpublish', post.id, at, editor)

    // 07:30 UTC would be 09:30 with the summer offset: a wrong conversion fires here.
    await runQueueAt('2027-10-31T07:30:00.000Z')
    expect(await visibleToVisitors(post.id)).toBe(true)

    await runQueueAt('2027-10-31T08:00:01.000Z')
    expect(await visibleToVisitors(post.id)).toBe(false)
    const stored = await payload.findByID({ collection: 'news', id: post.id, draft: true })
    expect(stored._status).toBe('draft')
    expect(stored.title).toBe('Fin des candidatures')
  })

  it('publishes the draft as it stands when the time comes, with edits made after scheduling', async () => {
    const post = await draftPost('Journée portes ouvertes')
    await schedule('publish', post.id, parisTime(2027, 1, 15, 9), editor)
    await payload.update({ collection: 'news', id: post.id, data: { excerpt: 'Programme complet.' }, draft: true })

    await runQueueAt('2027-01-15T08:00:01.000Z')
    const published = await payload.findByID({ collection: 'news', id: post.id, overrideAccess: false })
    expect(published.excerpt).toBe('Programme complet.')
  })

  it('drops the scheduled publish once the editor publishes by hand: a draft written afterwards stays a draft at the scheduled time', async () => {
    const post = await draftPost('Salon des métiers du bâtiment')
    await schedule('publish', String(post.id), parisTime(2027, 4, 12, 9), editor)
    await schedule('publish', post.id, parisTime(2027, 4, 14, 9), editor)
    await schedule('unpublish', post.id, parisTime(2027, 4, 20, 9), editor)
    await schedule('publish', post.id, parisTime(2027, 5, 3, 9), editor)

    await payload.update({ collection: 'news', id: post.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    await payload.update({ collection: 'news', id: post.id, data: { excerpt: 'Brouillon en cours de relecture.' }, draft: true })
    const pending = await payload.find({
      collection: 'payload-jobs',
      where: { or: [{ 'input.doc.value': { equals: post.id } }, { 'input.doc.value': { equals: String(post.id) } }] },
      sort: 'waitUntil',
    })
    // The unpublish and the publish after it are the editor's plan still; the first publish is done.
    expect(pending.docs.map((job) => [(job.input as { type: string }).type, job.waitUntil])).toEqual([
      ['unpublish', '2027-04-20T07:00:00.000Z'],
      ['publish', '2027-05-03T07:00:00.000Z'],
    ])

    await runQueueAt('2027-04-14T07:00:01.000Z')
    const live = await payload.findByID({ collection: 'news', id: post.id, overrideAccess: false })
    expect(live.excerpt).toBe('Programmé.')
  })

  it('keeps the later scheduled publishes when a scheduled one fires: only a publish by hand settles them', async () => {
    const post = await draftPost('Semaine des métiers de la mer')
    await schedule('publish', String(post.id), parisTime(2027, 6, 7, 9), editor)
    await schedule('publish', String(post.id), parisTime(2027, 6, 9, 9), editor)

    await runQueueAt('2027-06-07T07:00:01.000Z')
    expect(await visibleToVisitors(post.id)).toBe(true)
    const left = await payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(post.id) } } })
    expect(left.docs.map((job) => job.waitUntil)).toEqual(['2027-06-09T07:00:00.000Z'])
  })

  it('leaves a failed schedule for the dashboard and settles the publishes after it', async () => {
    const post = await payload.create({ collection: 'news', data: { title: 'Forum de l’alternance', excerpt: 'En ligne.', _status: 'published' } })
    // A contributor's unpublish fails at its time (a schedule runs with its author's rights).
    await schedule('unpublish', post.id, parisTime(2027, 7, 1, 9), contributor)
    await runQueueAt('2027-07-01T07:00:01.000Z')
    await schedule('publish', post.id, parisTime(2027, 7, 5, 9), editor)

    await payload.update({ collection: 'news', id: post.id, data: { excerpt: 'Toujours en ligne.', _status: 'published' }, user: editor, overrideAccess: false })
    const left = await payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: post.id } } })
    expect(left.docs.map((job) => [(job.input as { type: string }).type, job.hasError])).toEqual([['unpublish', true]])
  })

  it('runs with the rights of whoever scheduled it: a contributor’s schedule publishes nothing', async () => {
    const post = await draftPost('Proposition de contributeur')
    await schedule('publish', post.id, parisTime(2027, 2, 1, 9), contributor)

    await runQueueAt('2027-02-01T08:00:01.000Z')
    expect(await visibleToVisitors(post.id)).toBe(false)
    const [job] = (
      await payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: post.id } } })
    ).docs
    // The queue keeps only the message of the task's error: Payload's Forbidden says this one
    // (in the admin's French, the request's language). A crash, a validation error or a missing document
    // says something else.
    const refusal = frenchLanguage.translations.error.notAllowedToPerformAction
    expect(job?.hasError).toBe(true)
    expect(job?.error).toMatchObject({ message: refusal })
    expect(job?.log?.map((entry) => [entry.taskSlug, entry.state, (entry.error as { message?: string } | undefined)?.message])).toEqual([
      ['schedulePublish', 'failed', refusal],
    ])
    expect((await payload.findByID({ collection: 'news', id: post.id, draft: true }))._status).toBe('draft')
  })
})
