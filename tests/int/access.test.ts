import { Forbidden, getPayload, handleEndpoints } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'
import { databaseUrl, dropDatabase, ensureDatabase } from '@/scripts/databases'
import { migrate } from '@/scripts/payloadSession'
import { makeUser, testPayload } from './payload'

let editor: User
let admin: User
let draftId: number
let publishedId: number

beforeAll(async () => {
  const payload = await testPayload()
  // Files share this database, so its first account is whoever came first: the first-account
  // rule is tested on a database of its own below.
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
  it('registered with no role on a database without users is stored as admin; the next account gets the default role', async () => {
    // The shared test database already holds users: this needs one with none, the state of a
    // new installation. Same server, a database of its own, the committed migrations, and the
    // app's config built for it (the config reads DATABASE_URL when it is evaluated).
    const server = process.env.DATABASE_URL!
    const database = `${new URL(server).pathname.slice(1)}_first_account`
    await dropDatabase(server, database)
    await ensureDatabase(server, database)
    const key = 'first-account'
    try {
      vi.resetModules()
      process.env.DATABASE_URL = databaseUrl(server, database)
      const { default: config } = await import('@/payload.config').finally(() => {
        process.env.DATABASE_URL = server
      })
      const payload = await getPayload({ config, key })
      try {
        await migrate(payload)
        expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)

        // What the admin's first-user screen posts, through Payload's REST handler (the one
        // app/(payload)/api routes to): no role in it.
        const response = await handleEndpoints({
          config,
          payloadInstanceCacheKey: key,
          request: new Request('http://localhost:3000/api/users/first-register', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'premiere@reperes.test', password: 'mot-de-passe-long', name: 'Première personne' }),
          }),
        })
        const body = (await response.json()) as { user?: User }
        expect(response.status, JSON.stringify(body)).toBe(200)
        const first = await payload.findByID({ collection: 'users', id: body.user!.id })
        expect(first.roles).toEqual(['admin'])

        const second = await payload.create({
          collection: 'users',
          data: { email: 'deuxieme@reperes.test', password: 'mot-de-passe-long', name: 'Deuxième personne' } as never,
          overrideAccess: false,
          user: { ...first, collection: 'users' },
        })
        expect((await payload.findByID({ collection: 'users', id: second.id })).roles).toEqual(['editor'])
      } finally {
        await payload.destroy()
        // destroy() leaves the adapter's pool open, one client checked out for good: end the
        // idle ones here (the pool's end never settles), the drop below ends the last.
        void (payload.db as unknown as { pool: Pool }).pool.end()
      }
    } finally {
      await dropDatabase(server, database)
    }
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
