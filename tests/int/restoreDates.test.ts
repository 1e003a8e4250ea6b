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
    await payload.update({ collection, id: doc.id, data: { ...data('Texte de mars.'), _status: 'published' } as never })
    const before = Date.now()
    await payload.restoreVersion({ collection, id: String((await firstVersion(collection, doc.id)).id) })
    const restored = await payload.findByID({ collection, id: doc.id, overrideAccess: false })
    expect((restored as { summary?: string; excerpt?: string }).summary ?? (restored as { excerpt?: string }).excerpt).toBe('Texte de janvier.')
    expect(restored.publishedAt).toBe(PUBLISHED)
    expect(new Date(restored.contentUpdatedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

})
