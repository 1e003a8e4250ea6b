import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from './payload'

// Restoring an older version is an edit readers see: "MAJ le" moves to the restore and
// "Publication le" never moves. (A restore saved as a draft goes through REST: Payload's
// Local API drops its `draft` flag; tests/e2e/dates.spec.ts covers it.)

let payload: Payload
const stamp = Date.now()
let counter = 0
const JANUARY = '2025-01-10T09:00:00.000Z'
const PUBLISHED = '2024-12-02T08:00:00.000Z'

beforeAll(async () => {
  payload = await testPayload()
})

const CASES = [
  { collection: 'careers' as const, data: (text: string) => ({ title: `Restauré ${stamp} ${counter}`, summary: text }) },
  { collection: 'news' as const, data: (text: string) => ({ title: `Restaurée ${stamp} ${counter}`, excerpt: text }) },
]

const firstVersion = async (collection: 'careers' | 'news', id: number) =>
  (await payload.findVersions({ collection, where: { parent: { equals: id } }, sort: 'createdAt', limit: 1 })).docs[0]!

describe.each(CASES)('restoring a version of $collection', ({ collection, data }) => {
  it('published at once: MAJ moves to the restore, Publication stays', async () => {
    counter++
    const doc = await payload.create({ collection, data: { ...data('Texte de janvier.'), publishedAt: PUBLISHED, contentUpdatedAt: JANUARY, _status: 'published' } as never })
    expect(doc.contentUpdatedAt).toBe(JANUARY)
    const march = await payload.update({ collection, id: doc.id, data: { ...data('Texte de mars.'), _status: 'published' } as never })
    await new Promise((resolve) => setTimeout(resolve, 20))
    await payload.restoreVersion({ collection, id: String((await firstVersion(collection, doc.id)).id) })
    const restored = await payload.findByID({ collection, id: doc.id, overrideAccess: false })
    expect((restored as { summary?: string; excerpt?: string }).summary ?? (restored as { excerpt?: string }).excerpt).toBe('Texte de janvier.')
    expect(restored.publishedAt).toBe(PUBLISHED)
    // Later than the March edit: the restore is the latest change readers see.
    expect(new Date(restored.contentUpdatedAt!).getTime()).toBeGreaterThan(new Date(march.contentUpdatedAt!).getTime())
  })

})

describe('restoring', () => {
  it('a version onto a page taken offline dates the change from the restore, never from the version', async () => {
    counter++
    const doc = await payload.create({ collection: 'news', data: { title: `Hors ligne ${stamp} ${counter}`, excerpt: 'Janvier.', publishedAt: PUBLISHED, contentUpdatedAt: JANUARY, _status: 'published' } })
    const march = await payload.update({ collection: 'news', id: doc.id, data: { excerpt: 'Mars.', _status: 'published' } })
    await payload.update({ collection: 'news', id: doc.id, data: { _status: 'draft' } })
    await payload.restoreVersion({ collection: 'news', id: String((await firstVersion('news', doc.id)).id) })
    const restored = await payload.findByID({ collection: 'news', id: doc.id })
    expect([restored._status, restored.excerpt, restored.publishedAt]).toEqual(['published', 'Janvier.', PUBLISHED])
    expect(restored.contentUpdatedAt! > march.contentUpdatedAt!).toBe(true)
  })

  it('a draft version of a published page brings its text back as a draft and leaves the page online', async () => {
    counter++
    const doc = await payload.create({ collection: 'news', data: { title: `En ligne ${stamp} ${counter}`, excerpt: 'Publié.', _status: 'published' } })
    await payload.update({ collection: 'news', id: doc.id, data: { excerpt: 'Brouillon ancien.' }, draft: true })
    await payload.update({ collection: 'news', id: doc.id, data: { excerpt: 'Brouillon récent.' }, draft: true })
    const draftVersion = (await payload.findVersions({ collection: 'news', where: { and: [{ parent: { equals: doc.id } }, { 'version.excerpt': { equals: 'Brouillon ancien.' } }] } })).docs[0]!
    await payload.restoreVersion({ collection: 'news', id: String(draftVersion.id) })
    const visible = await payload.findByID({ collection: 'news', id: doc.id, overrideAccess: false })
    expect([visible._status, visible.excerpt]).toEqual(['published', 'Publié.'])
    expect((await payload.findByID({ collection: 'news', id: doc.id, draft: true })).excerpt).toBe('Brouillon ancien.')
  })
})
