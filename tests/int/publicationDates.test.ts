import { describe, expect, it } from 'vitest'

import { testPayload } from './payload'

const tick = () => new Promise((resolve) => setTimeout(resolve, 15))

describe('"Publication le" and "MAJ le" on real saves', () => {
  it('follow the editorial rules through drafts, publication and edits', async () => {
    const payload = await testPayload()
    const sector = await payload.create({ collection: 'sectors', data: { title: `Secteur ${Date.now()}` } })

    const draft = await payload.create({
      collection: 'news',
      data: { title: 'Nouvelle formation', excerpt: 'Première version.', _status: 'draft' },
      draft: true,
    })
    expect(draft.publishedAt ?? null).toBeNull()
    expect(draft.contentUpdatedAt ?? null).toBeNull()

    const before = Date.now()
    const published = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } })
    const publishedAt = published.publishedAt!
    expect(new Date(publishedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(published.contentUpdatedAt).toBe(publishedAt)

    await tick()
    const noop = await payload.update({ collection: 'news', id: draft.id, data: { title: 'Nouvelle formation' } })
    expect(noop.contentUpdatedAt).toBe(publishedAt)

    await tick()
    const metadata = await payload.update({ collection: 'news', id: draft.id, data: { sectors: [sector.id], slug: 'nouvelle-adresse' } })
    expect(metadata.contentUpdatedAt).toBe(publishedAt)
    expect(metadata.publishedAt).toBe(publishedAt)

    // A draft saved over the published post changes nothing visitors see…
    await tick()
    const draftEdit = await payload.update({
      collection: 'news',
      id: draft.id,
      data: { excerpt: 'Deuxième version, relue.' },
      draft: true,
    })
    expect(draftEdit.contentUpdatedAt).toBe(publishedAt)
    const stillPublished = await payload.findByID({ collection: 'news', id: draft.id })
    expect(stillPublished.excerpt).toBe('Première version.')

    // …and publishing it, even with nothing else in the request, moves "MAJ".
    await tick()
    const republished = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } })
    expect(republished.excerpt).toBe('Deuxième version, relue.')
    expect(republished.publishedAt).toBe(publishedAt)
    expect(new Date(republished.contentUpdatedAt!).getTime()).toBeGreaterThan(new Date(publishedAt).getTime())
  })

  it('stay put for a change marked "correction mineure", which is not stored', async () => {
    const payload = await testPayload()
    const post = await payload.create({
      collection: 'news',
      data: { title: 'Coquille', excerpt: 'Un mot mal ortografié.', _status: 'published' },
    })
    await tick()
    const fixed = await payload.update({
      collection: 'news',
      id: post.id,
      data: { excerpt: 'Un mot mal orthographié.', minorCorrection: true },
    })
    expect(fixed.excerpt).toBe('Un mot mal orthographié.')
    expect(fixed.contentUpdatedAt).toBe(post.contentUpdatedAt)
    expect((await payload.findByID({ collection: 'news', id: post.id })).minorCorrection ?? null).toBeNull()

    await tick()
    const rewritten = await payload.update({ collection: 'news', id: post.id, data: { excerpt: 'Un autre chapô.' } })
    expect(rewritten.contentUpdatedAt).not.toBe(post.contentUpdatedAt)
  })

  it('keep an editor-chosen publication date', async () => {
    const payload = await testPayload()
    const post = await payload.create({
      collection: 'news',
      data: { title: 'Archive', excerpt: 'Ancien article.', publishedAt: '2024-03-01T08:00:00.000Z', _status: 'published' },
    })
    expect(post.publishedAt).toBe('2024-03-01T08:00:00.000Z')
    expect(post.contentUpdatedAt).toBe('2024-03-01T08:00:00.000Z')
  })
})
