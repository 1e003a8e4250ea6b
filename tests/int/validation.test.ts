import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { testPayload } from './payload'

const rejection = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return error as ValidationError
}

describe('bad input is refused with a clear 400, never stored', () => {
  it('a missing title', async () => {
    const payload = await testPayload()
    const error = await rejection(payload.create({ collection: 'news', data: { excerpt: 'Sans titre' } as never }))
    expect(error.status).toBe(400)
    expect(error.data.errors.map((e) => e.path)).toContain('title')
  })

  it('a duplicate slug', async () => {
    const payload = await testPayload()
    await payload.create({ collection: 'news', data: { title: 'Salon de l’étudiant', excerpt: 'x' } })
    const error = await rejection(
      payload.create({ collection: 'news', data: { title: 'Autre titre', slug: 'salon-de-l-etudiant', excerpt: 'y' } }),
    )
    expect(error.status).toBe(400)
    expect(error.data.errors.map((e) => e.path)).toContain('slug')
    const { totalDocs } = await payload.count({ collection: 'news', where: { slug: { equals: 'salon-de-l-etudiant' } } })
    expect(totalDocs).toBe(1)
  })

  it('derives a readable slug from a French title', async () => {
    const payload = await testPayload()
    const post = await payload.create({ collection: 'news', data: { title: 'Chef d’œuvre : les métiers d’art', excerpt: 'x' } })
    expect(post.slug).toBe('chef-d-oeuvre-les-metiers-d-art')
  })

  it('a 2 MB excerpt', async () => {
    const payload = await testPayload()
    const error = await rejection(
      payload.create({ collection: 'news', data: { title: 'Trop long', excerpt: 'é'.repeat(2 * 1024 * 1024) } }),
    )
    expect(error.data.errors.map((e) => e.path)).toContain('excerpt')
  })

  it('an invalid ROME code, with a French message', async () => {
    const payload = await testPayload()
    const error = await rejection(
      payload.create({ collection: 'careers', data: { title: 'Boulanger', summary: 'Fait le pain.', romeCodes: ['Z9999'] } }),
    )
    const romeError = error.data.errors.find((e) => e.path === 'romeCodes')
    expect(romeError?.message).toMatch(/Code ROME invalide : Z9999/)
  })

  it('an incoherent salary range', async () => {
    const payload = await testPayload()
    const error = await rejection(
      payload.create({
        collection: 'careers',
        data: { title: 'Pâtissier', summary: 'Fait les gâteaux.', salary: { min: 3000, max: 2000 } },
      }),
    )
    expect(error.data.errors.map((e) => e.message).join(' ')).toMatch(/minimum dépasse le salaire maximum/)
  })
})
