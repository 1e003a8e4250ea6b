import { describe, expect, it } from 'vitest'

import { canonicalValue, nextPublicationDates, visibleContentChanged } from '@/payload/hooks/publicationDates'

const FIELDS = ['title', 'excerpt', 'content', 'heroImage'] as const
const now = new Date('2026-01-10T10:00:00.000Z')
const published = {
  _status: 'published',
  title: 'Titre',
  excerpt: 'Chapô',
  content: { root: { children: [{ type: 'paragraph', text: 'a' }] } },
  heroImage: 3,
  sectors: [1],
  publishedAt: '2025-11-20T08:00:00.000Z',
  contentUpdatedAt: '2025-11-21T09:30:00.000Z',
}

describe('nextPublicationDates', () => {
  it('stamps the first publication with now, and MAJ equal to it', () => {
    expect(nextPublicationDates({ previous: undefined, next: { title: 'x' }, visibleFields: FIELDS, now })).toEqual({
      publishedAt: now.toISOString(),
      contentUpdatedAt: now.toISOString(),
    })
  })

  it('treats a document that was only ever a draft as a first publication', () => {
    const draft = { _status: 'draft', title: 'x' }
    expect(nextPublicationDates({ previous: draft, next: { title: 'y' }, visibleFields: FIELDS, now }).contentUpdatedAt).toBe(
      now.toISOString(),
    )
  })

  it('keeps an editor-chosen publication date', () => {
    const dates = nextPublicationDates({
      previous: undefined,
      next: { publishedAt: '2025-01-02T08:00:00.000Z' },
      visibleFields: FIELDS,
      now,
    })
    expect(dates).toEqual({ publishedAt: '2025-01-02T08:00:00.000Z', contentUpdatedAt: '2025-01-02T08:00:00.000Z' })
  })

  it('does not move MAJ on a no-op save', () => {
    const dates = nextPublicationDates({ previous: published, next: { ...published }, visibleFields: FIELDS, now })
    expect(dates).toEqual({ publishedAt: published.publishedAt, contentUpdatedAt: published.contentUpdatedAt })
  })

  it('does not move MAJ on a metadata-only change', () => {
    const next = { ...published, sectors: [1, 2], slug: 'autre-adresse' }
    expect(nextPublicationDates({ previous: published, next, visibleFields: FIELDS, now }).contentUpdatedAt).toBe(
      published.contentUpdatedAt,
    )
  })

  it('moves MAJ when visible content changes', () => {
    for (const change of [{ title: 'Nouveau titre' }, { excerpt: 'Autre' }, { heroImage: 4 }, { content: { root: { children: [] } } }]) {
      const dates = nextPublicationDates({ previous: published, next: { ...published, ...change }, visibleFields: FIELDS, now })
      expect(dates.contentUpdatedAt).toBe(now.toISOString())
      expect(dates.publishedAt).toBe(published.publishedAt)
    }
  })

  it('keeps MAJ for a change marked as a minor correction', () => {
    const next = { ...published, title: 'Titre corrigé' }
    expect(
      nextPublicationDates({ previous: published, next, visibleFields: FIELDS, now, minorCorrection: true }).contentUpdatedAt,
    ).toBe(published.contentUpdatedAt)
  })

  it('honours a MAJ given with a document created published (imports, seed), and only then', () => {
    const next = { title: 'Importé', publishedAt: '2024-05-01T08:00:00.000Z', contentUpdatedAt: '2025-12-01T08:00:00.000Z' }
    expect(nextPublicationDates({ previous: { _status: 'draft' }, next, visibleFields: FIELDS, now }).contentUpdatedAt).toBe('2024-05-01T08:00:00.000Z')
    expect(nextPublicationDates({ previous: undefined, next, visibleFields: FIELDS, now, acceptGivenDates: true })).toEqual({
      publishedAt: '2024-05-01T08:00:00.000Z',
      contentUpdatedAt: '2025-12-01T08:00:00.000Z',
    })
  })

  it('never takes a MAJ arriving with a later save: an older version’s date would rewind it', () => {
    const older = { ...published, title: 'Ancien titre', contentUpdatedAt: '2025-01-10T08:00:00.000Z' }
    expect(nextPublicationDates({ previous: published, next: older, visibleFields: FIELDS, now }).contentUpdatedAt).toBe(now.toISOString())
    const sameText = { ...published, contentUpdatedAt: '2025-01-10T08:00:00.000Z' }
    expect(nextPublicationDates({ previous: published, next: sameText, visibleFields: FIELDS, now }).contentUpdatedAt).toBe(
      published.contentUpdatedAt,
    )
  })

  it('treats a page taken offline and published again as an edit, not a first publication', () => {
    const offline = { ...published, _status: 'draft' }
    const edited = { ...offline, title: 'Réécrit hors ligne', contentUpdatedAt: published.contentUpdatedAt }
    expect(nextPublicationDates({ previous: offline, next: edited, visibleFields: FIELDS, now })).toEqual({
      publishedAt: published.publishedAt,
      contentUpdatedAt: now.toISOString(),
    })
    expect(nextPublicationDates({ previous: offline, next: { ...offline }, visibleFields: FIELDS, now }).contentUpdatedAt).toBe(published.contentUpdatedAt)
  })

  it('sees no change in text that differs only by what cleaning or a browser removes', () => {
    const respaced = { ...published, title: ' Titre\u200B ', excerpt: 'Chap\u006F\u0302\n' }
    expect(nextPublicationDates({ previous: { ...published, excerpt: 'Chapô' }, next: respaced, visibleFields: FIELDS, now }).contentUpdatedAt).toBe(
      published.contentUpdatedAt,
    )
  })
})

describe('visibleContentChanged', () => {
  it('ignores array row ids, populated relations and null versus empty', () => {
    const before = { title: 'T', heroImage: 3, excerpt: null, skills: [{ id: 'a1', skill: 'x' }] }
    const after = { title: 'T', heroImage: { id: 3, createdAt: '2025-01-01', url: '/x' }, excerpt: '', skills: [{ skill: 'x' }] }
    expect(visibleContentChanged(before, after, ['title', 'heroImage', 'excerpt', 'skills'])).toBe(false)
  })

  it('sees a reordered list as a change', () => {
    const before = { skills: [{ skill: 'a' }, { skill: 'b' }] }
    const after = { skills: [{ skill: 'b' }, { skill: 'a' }] }
    expect(visibleContentChanged(before, after, ['skills'])).toBe(true)
  })

  it('leaves fields absent from a partial update as they were', () => {
    expect(visibleContentChanged({ title: 'T', excerpt: 'E' }, { excerpt: 'E' }, ['title', 'excerpt'])).toBe(false)
  })
})

describe('canonicalValue', () => {
  it('sorts object keys so key order never counts as a change', () => {
    expect(JSON.stringify(canonicalValue({ b: 1, a: 2 }))).toBe(JSON.stringify(canonicalValue({ a: 2, b: 1 })))
  })
})
