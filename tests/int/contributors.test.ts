import { Forbidden } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { makeUser, testPayload } from './payload'

let contributor: User
let editor: User

beforeAll(async () => {
  const payload = await testPayload()
  // Whoever the first account is, it becomes admin; make sure it is not one of ours.
  await makeUser(payload, ['admin'])
  contributor = await makeUser(payload, ['contributor'])
  editor = await makeUser(payload, ['editor'])
})

const as = (user: User) => ({ overrideAccess: false, user }) as const

describe('contributors', () => {
  it('write drafts and read them, but cannot publish', async () => {
    const payload = await testPayload()
    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Brouillon de contributeur', excerpt: 'À relire.', _status: 'draft' },
      draft: true,
      ...as(contributor),
    })
    expect(draft._status).toBe('draft')
    const read = await payload.findByID({ collection: 'news', id: draft.id, draft: true, ...as(contributor) })
    expect(read.title).toBe('Brouillon de contributeur')

    await expect(
      payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as(contributor) }),
    ).rejects.toBeInstanceOf(Forbidden)
    // Without `draft`, Payload would publish: refused too, even with no status in the data.
    await expect(
      payload.update({ collection: 'news', id: draft.id, data: { title: 'Publié en douce' }, ...as(contributor) }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.create({ collection: 'careers', data: { title: 'Métier direct', summary: 'x', _status: 'published' }, ...as(contributor) }),
    ).rejects.toBeInstanceOf(Forbidden)

    const stored = await payload.findByID({ collection: 'news', id: draft.id, draft: true })
    expect(stored._status).toBe('draft')
    expect(stored.title).toBe('Brouillon de contributeur')

    // An editor publishes it.
    const published = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as(editor) })
    expect(published._status).toBe('published')
  })

  it('may propose a draft over published content, not delete it', async () => {
    const payload = await testPayload()
    const post = await payload.create({ collection: 'news', data: { title: 'Article en ligne', excerpt: 'Publié.', _status: 'published' } })
    const proposal = await payload.update({
      collection: 'news',
      id: post.id,
      data: { excerpt: 'Proposition de correction.', _status: 'draft' },
      draft: true,
      ...as(contributor),
    })
    expect(proposal.excerpt).toBe('Proposition de correction.')
    expect((await payload.findByID({ collection: 'news', id: post.id })).excerpt).toBe('Publié.')

    await expect(payload.delete({ collection: 'news', id: post.id, ...as(contributor) })).rejects.toBeInstanceOf(Forbidden)
    expect((await payload.findByID({ collection: 'news', id: post.id })).id).toBe(post.id)
  })

  it('may delete their own never-published drafts', async () => {
    const payload = await testPayload()
    const draft = await payload.create({
      collection: 'careers',
      data: { title: 'Idée de fiche', summary: 'Brouillon.', _status: 'draft' },
      draft: true,
      ...as(contributor),
    })
    await payload.delete({ collection: 'careers', id: draft.id, ...as(contributor) })
    const { totalDocs } = await payload.count({ collection: 'careers', where: { id: { equals: draft.id } } })
    expect(totalDocs).toBe(0)
  })

  it('cannot manage sectors or accounts', async () => {
    const payload = await testPayload()
    await expect(payload.create({ collection: 'sectors', data: { title: 'Nouveau' }, ...as(contributor) })).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.update({ collection: 'users', id: contributor.id, data: { roles: ['editor'] }, ...as(contributor) }).then((u) => u.roles),
    ).resolves.toEqual(['contributor'])
    const { docs } = await payload.find({ collection: 'users', limit: 0, pagination: false, ...as(contributor) })
    expect(docs.map((doc) => doc.id)).toEqual([contributor.id])
  })
})

describe('contributors and published pages', () => {
  it('cannot take a published page offline, by a save or a restore', async () => {
    const payload = await testPayload()
    const contributor = await makeUser(payload, ['contributor'])
    const post = await payload.create({ collection: 'news', data: { title: `En ligne ${Date.now()}`, excerpt: 'x', _status: 'published' } })
    const unpublish = await payload
      .update({ collection: 'news', id: post.id, data: { _status: 'draft' }, overrideAccess: false, user: contributor })
      .catch((error: unknown) => error)
    expect(unpublish).toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'news', id: post.id }))._status).toBe('published')
    // A draft save stays theirs to make.
    const draft = await payload.update({ collection: 'news', id: post.id, data: { excerpt: 'Proposition', _status: 'draft' }, draft: true, overrideAccess: false, user: contributor })
    expect(draft.excerpt).toBe('Proposition')
    expect((await payload.findByID({ collection: 'news', id: post.id, overrideAccess: false })).excerpt).toBe('x')
  })
})
