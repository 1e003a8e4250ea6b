import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { editorState, paragraph, text } from '../fixtures/lexical'

import type { User } from '@/payload-types'
import { ABANDONED_AFTER_MS, deleteAbandonedDrafts } from '@/payload/jobs/abandonedDrafts'
import { makeUser, testPayload } from './payload'

// The admin's create view makes a draft as the editor opens the form (autosave needs a
// document); these are the rules that decide when such a draft was abandoned empty.

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  editor = await makeUser(payload, ['editor'])
})

/** What Payload's create view does when an editor clicks "Créer". */
const openCreateForm = (collection: 'news' | 'careers') =>
  payload.create({ collection, data: {}, draft: true, overrideAccess: false, user: editor })

const exists = async (collection: 'news' | 'careers', id: number) =>
  (await payload.find({ collection, draft: true, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

/** A moment past the delay after which an empty draft counts as abandoned. */
const later = () => new Date(Date.now() + ABANDONED_AFTER_MS + 60_000)

describe('abandoned empty drafts', () => {
  it('deletes a news draft and a career draft whose form was left without typing', async () => {
    const news = await openCreateForm('news')
    const career = await openCreateForm('careers')
    const deleted = await deleteAbandonedDrafts(payload, { now: later() })
    expect(deleted).toEqual(expect.arrayContaining([{ collection: 'news', id: news.id }, { collection: 'careers', id: career.id }]))
    expect(await exists('news', news.id)).toBe(false)
    expect(await exists('careers', career.id)).toBe(false)
  })

  it('keeps an empty draft younger than twelve hours: its form may still be open, untouched', async () => {
    const news = await openCreateForm('news')
    await deleteAbandonedDrafts(payload, { now: new Date(Date.now() + ABANDONED_AFTER_MS - 60_000) })
    expect(await exists('news', news.id)).toBe(true)
    await deleteAbandonedDrafts(payload, { now: later() })
    expect(await exists('news', news.id)).toBe(false)
  })

  it('keeps a draft the editor typed in: a single autosaved letter of the title, or only a paragraph of the article', async () => {
    const titled = await openCreateForm('news')
    const written = await openCreateForm('news')
    // Autosave's request: the same document, a draft, flagged as autosave.
    const autosave = (id: number, data: Record<string, unknown>) =>
      payload.update({ collection: 'news', id, data, draft: true, autosave: true, overrideAccess: false, user: editor })
    await autosave(titled.id, { title: 'L' })
    await autosave(written.id, { content: editorState(paragraph(text('Premier paragraphe, sans titre encore.'))) })
    await deleteAbandonedDrafts(payload, { now: later() })
    expect(await exists('news', titled.id)).toBe(true)
    expect(await exists('news', written.id)).toBe(true)
  })

  it('keeps a draft made in one save with its text (the seed, an import, the API), never edited since', async () => {
    const news = await payload.create({
      collection: 'news',
      data: { title: 'Forum des métiers du numérique', excerpt: 'Une journée pour découvrir les formations.' },
      draft: true,
      overrideAccess: true,
    })
    await deleteAbandonedDrafts(payload, { now: later() })
    expect(await exists('news', news.id)).toBe(true)
  })

  it('keeps a draft made in one save without a title but with content (only an article, only skills, only a pay figure)', async () => {
    const article = await payload.create({
      collection: 'news',
      data: { content: editorState(paragraph(text('Un paragraphe venu de l’API, sans titre.'))) } as never,
      draft: true,
      overrideAccess: true,
    })
    const skills = await payload.create({ collection: 'careers', data: { skills: [{ skill: 'Sens du contact' }] } as never, draft: true, overrideAccess: true })
    const salary = await payload.create({ collection: 'careers', data: { pay: { beginner: { min: 1900 } } } as never, draft: true, overrideAccess: true })
    await deleteAbandonedDrafts(payload, { now: later() })
    expect(await exists('news', article.id)).toBe(true)
    expect(await exists('careers', skills.id)).toBe(true)
    expect(await exists('careers', salary.id)).toBe(true)
  })

  it('never deletes a published document, though it was never saved after its creation', async () => {
    const news = await payload.create({
      collection: 'news',
      data: { title: 'Salon de l’apprentissage', excerpt: 'Trois jours pour rencontrer les CFA.', _status: 'published' },
      overrideAccess: true,
    })
    await deleteAbandonedDrafts(payload, { now: later() })
    expect(await exists('news', news.id)).toBe(true)
  })

  it('is scheduled on the jobs queue the server runs, and the queued task deletes them', async () => {
    const news = await openCreateForm('news')
    await payload.jobs.handleSchedules()
    const queued = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deleteAbandonedDrafts' } }, overrideAccess: true })
    expect(queued.totalDocs).toBeGreaterThan(0)
    await payload.jobs.queue({ task: 'deleteAbandonedDrafts', input: { olderThanMinutes: 0 } })
    await payload.jobs.run()
    expect(await exists('news', news.id)).toBe(false)
  })
})

afterAll(async () => {
  // The schedule above queued the hourly run; it is not this file's to leave behind.
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deleteAbandonedDrafts' } }, overrideAccess: true })
})
