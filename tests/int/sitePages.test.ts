import { Forbidden, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Page } from '@/payload-types'
import { makeUser, testPayload } from './payload'

// The site's own pages (collections/Pages.ts), through the Local API on a real PostgreSQL, with
// each role's access as the admin and the REST API apply it.

const paragraph = (text: string): NonNullable<Page['content']> => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
})

describe('the site’s own pages', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>
  beforeAll(async () => {
    payload = await testPayload()
    await payload.delete({ collection: 'pages', where: { id: { exists: true } } })
  })
  // Other files (the seed's) find the pages as they would on a new site.
  afterAll(async () => {
    await payload.delete({ collection: 'pages', where: { id: { exists: true } } })
  })

  it('are written by editors; contributors and visitors may not', async () => {
    const editor = await makeUser(payload, ['editor'])
    const contributor = await makeUser(payload, ['contributor'])
    const page = await payload.create({
      collection: 'pages',
      data: { kind: 'about', title: 'À propos', summary: 'Qui nous sommes.', content: paragraph('Bonjour.'), _status: 'published' },
      user: editor,
      overrideAccess: false,
    })
    expect(page.publishedAt).toBeTruthy()
    await expect(
      payload.update({ collection: 'pages', id: page.id, data: { title: 'Changé' }, user: contributor, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
    await expect(
      payload.create({ collection: 'pages', data: { kind: 'contact', title: 'Contact', summary: 'Écrire.' }, overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
    // Contributors read them (drafts included), as staff.
    const read = await payload.find({ collection: 'pages', user: contributor, overrideAccess: false })
    expect(read.docs.map((doc) => doc.kind)).toContain('about')
  })

  it('reach visitors only once published', async () => {
    const draft = await payload.create({ collection: 'pages', data: { kind: 'legalNotice', title: 'Mentions légales', summary: 'Qui édite.' }, draft: true })
    const asVisitor = () => payload.find({ collection: 'pages', where: { kind: { equals: 'legalNotice' } }, overrideAccess: false })
    expect((await asVisitor()).docs).toHaveLength(0)
    await payload.update({ collection: 'pages', id: draft.id, data: { _status: 'published' } })
    expect((await asVisitor()).docs.map((doc) => doc.title)).toEqual(['Mentions légales'])
  })

  it('exist once per kind: a second "à propos" is refused', async () => {
    await expect(payload.create({ collection: 'pages', data: { kind: 'about', title: 'Autre à propos', summary: 'Doublon.', _status: 'published' } })).rejects.toBeInstanceOf(
      ValidationError,
    )
  })

  it('the accessibility statement cannot be published without its conformity level, said in French', async () => {
    const attempt = payload.create({
      collection: 'pages',
      data: { kind: 'accessibility', title: 'Déclaration d’accessibilité', summary: 'Où nous en sommes.', _status: 'published' },
    })
    const refusal = (await attempt.catch((error: unknown) => error)) as ValidationError
    expect(refusal).toBeInstanceOf(ValidationError)
    expect(refusal.data.errors).toEqual([expect.objectContaining({ path: 'accessibility.conformity', message: expect.stringMatching(/^Indiquez l’état de conformité/) })])
    const statement: Page = await payload.create({
      collection: 'pages',
      data: { kind: 'accessibility', title: 'Déclaration d’accessibilité', summary: 'Où nous en sommes.', accessibility: { conformity: 'none' }, _status: 'published' },
    })
    expect(statement.accessibility?.conformity).toBe('none')
    // "Partiellement conforme" without an audit would say two things at once: refused on the date.
    const partial = (await payload
      .update({ collection: 'pages', id: statement.id, data: { accessibility: { conformity: 'partial', rate: 62.5 } } })
      .catch((error: unknown) => error)) as ValidationError
    expect(partial.data.errors).toEqual([expect.objectContaining({ path: 'accessibility.auditedAt', message: expect.stringMatching(/^Sans audit, le site est/) })])
    const audited = await payload.update({
      collection: 'pages',
      id: statement.id,
      data: { accessibility: { conformity: 'partial', rate: 62.5, auditedAt: '2026-10-15T10:00:00.000Z' } },
    })
    expect(audited.accessibility).toMatchObject({ conformity: 'partial', rate: 62.5 })
    // Another kind never asks for it.
    await payload.create({ collection: 'pages', data: { kind: 'contact', title: 'Contact', summary: 'Écrire.', _status: 'published' } })
  })
})
