import { describe, expect, it } from 'vitest'

import { seed } from '@/payload/seed'
import { seedNews } from '@/payload/seed/news'
import { testPayload } from './payload'

const paris = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short' }).format(new Date(iso))

describe('seed', () => {
  it('is idempotent: a second run updates in place and duplicates nothing', async () => {
    const payload = await testPayload()
    await seed(payload)
    const count = async () =>
      Promise.all(
        (['careers', 'news', 'sectors', 'media'] as const).map(
          async (collection) => (await payload.count({ collection })).totalDocs,
        ),
      )
    const first = await count()
    await seed(payload)
    expect(await count()).toEqual(first)
    const seededNews = await payload.count({
      collection: 'news',
      where: { slug: { in: seedNews.map((post) => post.slug) } },
    })
    expect(seededNews.totalDocs).toBe(5)
  })

  it('runs again over an audited accessibility statement, back to the demo’s "non conforme"', async () => {
    const payload = await testPayload()
    await seed(payload)
    const statement = async () => (await payload.find({ collection: 'pages', where: { kind: { equals: 'accessibility' } }, limit: 1 })).docs[0]!
    await payload.update({
      collection: 'pages',
      id: (await statement()).id,
      data: { accessibility: { conformity: 'partial', rate: 62.5, auditedAt: '2026-10-15T10:00:00.000Z' } },
    })
    await seed(payload)
    expect((await statement()).accessibility).toMatchObject({ conformity: 'none', rate: null, auditedAt: null })
  })

  it('loads the model career with its figures', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({
      collection: 'careers',
      where: { slug: { equals: 'directeur-technique' } },
      overrideAccess: false,
    })
    const career = docs[0]
    expect(career?.title).toBe('Directeur technique')
    // The model page's figures, with that page as their source (and no range it does not give).
    expect(career?.pay?.overall).toMatchObject({ min: 1900, max: 4500, average: 2400, year: 2025, source: expect.stringMatching(/Directeur technique.*tout savoir sur ce métier/) })
    expect([career?.pay?.beginner?.min, career?.pay?.experienced?.min]).toEqual([null, null])
    expect(career?._status).toBe('published')
    expect(career?.skills?.length).toBeGreaterThanOrEqual(4)
    expect(career?.missions?.length).toBeGreaterThanOrEqual(4)
    expect(career?.accessRoutes?.flatMap((route) => route.trainings ?? []).length).toBeGreaterThanOrEqual(2)
  })

  it('keeps the model page’s publication and update dates (Paris calendar)', async () => {
    const payload = await testPayload()
    const { docs } = await payload.find({
      collection: 'news',
      where: { slug: { in: seedNews.map((post) => post.slug) } },
      sort: '-publishedAt',
      limit: 10,
    })
    const dates = docs.map((post) => [paris(post.publishedAt!), paris(post.contentUpdatedAt!)])
    expect(dates).toEqual([
      ['25/11/2025', '25/11/2025'],
      ['20/11/2025', '20/11/2025'],
      ['20/11/2025', '21/11/2025'],
      ['19/11/2025', '19/11/2025'],
      ['18/11/2025', '18/11/2025'],
    ])
  })
})
