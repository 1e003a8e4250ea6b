import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { editorState, paragraph, text } from '@/tests/fixtures/lexical'

import { testPayload } from './payload'

// Text cleaned where it enters, in every text field of every collection (the hygiene plugin
// walks the whole config): what XML forbids never reaches a feed, accents are composed.

let payload: Payload
const stamp = Date.now()
const DIRT = 'Salon\u001D de\u0000 l\u2019e\u0301tudiant\uFFFE\u200B \uD800'
const CLEAN = 'Salon de l’étudiant'

beforeAll(async () => {
  payload = await testPayload()
})

describe('pasted text is cleaned on the way in', () => {
  it('in a post’s title, chapô, slug and rich text', async () => {
    const post = await payload.create({
      collection: 'news',
      data: { title: `${DIRT} ${stamp}`, excerpt: `${DIRT}\r\nSeconde ligne`, content: editorState(paragraph(text(DIRT))), _status: 'published' },
    })
    expect(post.title).toBe(`${CLEAN} ${stamp}`)
    expect(post.excerpt).toBe(`${CLEAN}\nSeconde ligne`)
    expect(post.slug).toBe(`salon-de-l-etudiant-${stamp}`)
    expect(JSON.stringify(post.content)).toContain(`"text":"${CLEAN} "`)
  })

  it('in a career’s list items, hasMany codes, group and nested array fields', async () => {
    const career = await payload.create({
      collection: 'careers',
      data: {
        title: `Soudeur\u0007 ${stamp}`,
        summary: 'x\u000B',
        skills: [{ skill: `Lire un plan\u001F` }],
        accessRoutes: [{ startingPoint: 'after3e', trainings: [{ title: 'CAP\u0008', details: 'Deux ans\u0003.' }] }],
        pay: { beginner: { min: 1800, source: 'Enquête\u0001 2025', year: 2025 } },
        romeCodes: ['H1206\u200B', ' \u0000 '],
        _status: 'published',
      },
    })
    expect([career.title, career.summary, career.skills?.[0]?.skill, career.accessRoutes?.[0]?.trainings?.[0]?.title, career.accessRoutes?.[0]?.trainings?.[0]?.details, career.pay?.beginner?.source]).toEqual([
      `Soudeur ${stamp}`,
      'x',
      'Lire un plan',
      'CAP',
      'Deux ans.',
      'Enquête 2025',
    ])
    expect(career.romeCodes).toEqual(['H1206'])
  })

  it('in collections other than content: sectors, images’ text, accounts, redirects', async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#ffffff' } }).png().toBuffer()
    const media = await payload.create({ collection: 'media', data: { alt: 'Un atelier\u0007 ', credit: ' Photo\u001D Repères' }, file: { data: png, mimetype: 'image/png', name: `atelier-${stamp}.png`, size: png.length } })
    expect([media.alt, media.credit]).toEqual(['Un atelier', 'Photo Repères'])
    const sector = await payload.create({ collection: 'sectors', data: { title: `Artisanat\u001D ${stamp}`, description: 'Les métiers\u0000 d’art.' } })
    expect([sector.title, sector.description]).toEqual([`Artisanat ${stamp}`, 'Les métiers d’art.'])
    const user = await payload.create({ collection: 'users', data: { email: `nom-${stamp}@reperes.test`, password: 'mot-de-passe-de-test', name: 'Camille\u0007 Martin', roles: ['editor'] } })
    expect(user.name).toBe('Camille Martin')
    const redirect = await payload.create({ collection: 'redirects', data: { from: `/metiers/ancien\u0000-${stamp}`, to: { type: 'custom', url: '/metiers' } } })
    expect(redirect.from).toBe(`/metiers/ancien-${stamp}`)
  })

  it('a title of spaces and invisible characters alone is refused as empty, in French', async () => {
    const error = await payload.create({ collection: 'news', data: { title: ' \u200B\u0000 \t', excerpt: 'x' } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors.map((e) => [e.path, e.message])).toContainEqual(['title', 'Ce champ est requis.'])
  })
})

describe('titles with nothing to make an address of', () => {
  it('may wait as drafts without an address, and are refused on publication in French', async () => {
    const drafts = await Promise.all(['🎓🎉', '🏆'].map((title) => payload.create({ collection: 'news', draft: true, data: { title, excerpt: 'x', _status: 'draft' } })))
    expect(drafts.map((d) => d.slug ?? null)).toEqual([null, null])
    const error = await payload.update({ collection: 'news', id: drafts[0]!.id, data: { _status: 'published' } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors[0]).toMatchObject({ path: 'slug', message: expect.stringMatching(/^Adresse manquante/) })
    const named = await payload.update({ collection: 'news', id: drafts[0]!.id, data: { slug: `remise-des-prix-${stamp}`, _status: 'published' } })
    expect(named.slug).toBe(`remise-des-prix-${stamp}`)
  })

  it('an invisible title is an empty title, refused', async () => {
    for (const title of ['\u200D', '\u2800', '\u3164']) {
      const error = await payload.create({ collection: 'sectors', data: { title } }).catch((e: unknown) => e)
      expect(error, JSON.stringify(title)).toBeInstanceOf(ValidationError)
    }
  })
})
