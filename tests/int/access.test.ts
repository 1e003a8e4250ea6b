import { Forbidden } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { makeUser, testPayload } from './payload'

let editor: User
let admin: User
let draftId: number
let publishedId: number

beforeAll(async () => {
  const payload = await testPayload()
  // The very first account of a database always becomes admin (see the test below).
  admin = await makeUser(payload, ['admin'])
  editor = await makeUser(payload, ['editor'])
  draftId = (
    await payload.create({
      collection: 'news',
      data: { title: 'Brouillon confidentiel', excerpt: 'Pas encore prêt.', _status: 'draft' },
      draft: true,
    })
  ).id
  publishedId = (
    await payload.create({
      collection: 'news',
      data: { title: 'Article public', excerpt: 'Pour tout le monde.', _status: 'published' },
    })
  ).id
})

describe('anonymous visitors', () => {
  it('read published news but never drafts', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'news', overrideAccess: false, limit: 0, pagination: false })
    const ids = docs.map((doc) => doc.id)
    expect(ids).toContain(publishedId)
    expect(ids).not.toContain(draftId)
    await expect(payload.findByID({ collection: 'news', id: draftId, overrideAccess: false })).rejects.toThrow()
  })

  it('cannot reach a draft through draft mode either', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'news', overrideAccess: false, draft: true, limit: 0, pagination: false })
    expect(docs.map((doc) => doc.id)).not.toContain(draftId)
    const versions = payload.findVersions({ collection: 'news', overrideAccess: false })
    await expect(versions).rejects.toBeInstanceOf(Forbidden)
  })

  it('cannot write content nor read accounts', async () => {
    const payload = await testPayload()
    await expect(
      payload.create({ collection: 'news', data: { title: 'Intrus', excerpt: 'x' }, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.create({ collection: 'sectors', data: { title: 'Intrus' }, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
  })
})

describe('editors', () => {
  it('see drafts, and create, publish and delete content', async () => {
    const payload = await testPayload()
    const asEditor = { overrideAccess: false, user: editor } as const
    const draft = await payload.findByID({ collection: 'news', id: draftId, draft: true, ...asEditor })
    expect(draft.title).toBe('Brouillon confidentiel')

    const sector = await payload.create({ collection: 'sectors', data: { title: 'Agriculture' }, ...asEditor })
    const career = await payload.create({
      collection: 'careers',
      data: { title: 'Viticulteur', summary: 'Cultive la vigne.', sectors: [sector.id], _status: 'published' },
      ...asEditor,
    })
    expect(career._status).toBe('published')
    await payload.delete({ collection: 'careers', id: career.id, ...asEditor })
  })

  it('cannot create accounts, read other accounts, or grant themselves admin', async () => {
    const payload = await testPayload()
    const asEditor = { overrideAccess: false, user: editor } as const
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'x@reperes.test', password: 'xxxxxxxxxx', name: 'X', roles: ['editor'] },
        ...asEditor,
      }),
    ).rejects.toBeInstanceOf(Forbidden)
    const { docs } = await payload.find({ collection: 'users', ...asEditor, limit: 0, pagination: false })
    expect(docs.map((doc) => doc.id)).toEqual([editor.id])

    const updated = await payload.update({ collection: 'users', id: editor.id, data: { roles: ['admin'] }, ...asEditor })
    expect(updated.roles).toEqual(['editor'])
  })
})

describe('the first account', () => {
  it('is made admin, so the first-user screen yields someone who can manage the others', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({ collection: 'users', sort: 'createdAt', limit: 1 })
    expect(docs[0]?.roles).toEqual(['admin'])
    expect(editor.roles).toEqual(['editor'])
  })
})

describe('admins', () => {
  it('manage every account', async () => {
    const payload = await testPayload()
    const asAdmin = { overrideAccess: false, user: admin } as const
    const created = await payload.create({
      collection: 'users',
      data: { email: `nouvel-editeur-${Date.now()}@reperes.test`, password: 'mot-de-passe-long', name: 'Nouvel éditeur', roles: ['editor'] },
      ...asAdmin,
    })
    const promoted = await payload.update({ collection: 'users', id: created.id, data: { roles: ['admin', 'editor'] }, ...asAdmin })
    expect(promoted.roles).toEqual(['admin', 'editor'])
    await payload.delete({ collection: 'users', id: created.id, ...asAdmin })
  })
})
