import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { makeUser, testPayload } from './payload'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  await makeUser(payload, ['admin'])
  editor = await makeUser(payload, ['editor'])
})

const as = (user: User) => ({ overrideAccess: false, user }) as const

describe('versions', () => {
  it('keep every published state, and an editor restores an earlier one', async () => {
    const career = await payload.create({
      collection: 'careers',
      data: { title: 'Technicien son', summary: 'Première rédaction.', _status: 'published' },
      ...as(editor),
    })
    await payload.update({ collection: 'careers', id: career.id, data: { summary: 'Deuxième rédaction.' }, ...as(editor) })
    await payload.update({
      collection: 'careers',
      id: career.id,
      data: { summary: 'Brouillon en cours.', _status: 'draft' },
      draft: true,
      ...as(editor),
    })

    const { docs: versions } = await payload.findVersions({
      collection: 'careers',
      where: { parent: { equals: career.id } },
      sort: 'createdAt',
      ...as(editor),
    })
    expect(versions.map((v) => v.version.summary)).toEqual(['Première rédaction.', 'Deuxième rédaction.', 'Brouillon en cours.'])

    const first = versions[0]!
    await payload.restoreVersion({ collection: 'careers', id: String(first.id), ...as(editor) })

    const visible = await payload.findByID({ collection: 'careers', id: career.id, overrideAccess: false })
    expect(visible.summary).toBe('Première rédaction.')
    // Restoring is itself a new version: nothing of the history is lost.
    const after = await payload.countVersions({ collection: 'careers', where: { parent: { equals: career.id } } })
    expect(after.totalDocs).toBe(4)
  })

  it('are not readable by visitors', async () => {
    const post = await payload.create({ collection: 'news', data: { title: 'Versionné', excerpt: 'v1', _status: 'published' } })
    await expect(
      payload.findVersions({ collection: 'news', where: { parent: { equals: post.id } }, overrideAccess: false }),
    ).rejects.toThrow()
  })
})
