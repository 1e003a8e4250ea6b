import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { testPayload } from './payload'

// Files share the database: a stamp keeps this run's documents apart from anyone else's.
const stamp = Date.now()

const rejection = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return error as ValidationError
}

/** Documents and versions (drafts and history) whose `field` holds `value`. */
const stored = async (collection: 'news' | 'careers', field: 'title' | 'excerpt', value: string) => {
  const payload = await testPayload()
  const docs = await payload.count({ collection, where: { [field]: { equals: value } } })
  const versions = await payload.countVersions({ collection, where: { [`version.${field}`]: { equals: value } } })
  return { docs: docs.totalDocs, versions: versions.totalDocs }
}

const nothing = { docs: 0, versions: 0 }

describe('bad input is refused with a clear 400, never stored', () => {
  it('a missing title', async () => {
    const payload = await testPayload()
    const excerpt = `Sans titre ${stamp}`
    const error = await rejection(payload.create({ collection: 'news', data: { excerpt } as never }))
    expect(error.status).toBe(400)
    expect(error.data.errors.map((e) => e.path)).toContain('title')
    expect(await stored('news', 'excerpt', excerpt)).toEqual(nothing)
  })

  it('a duplicate slug', async () => {
    const payload = await testPayload()
    await payload.create({ collection: 'news', data: { title: 'Salon de l’étudiant', excerpt: 'x' } })
    const title = `Autre titre ${stamp}`
    const error = await rejection(payload.create({ collection: 'news', data: { title, slug: 'salon-de-l-etudiant', excerpt: 'y' } }))
    expect(error.status).toBe(400)
    expect(error.data.errors.map((e) => e.path)).toContain('slug')
    const { totalDocs } = await payload.count({ collection: 'news', where: { slug: { equals: 'salon-de-l-etudiant' } } })
    expect(totalDocs).toBe(1)
    expect(await stored('news', 'title', title)).toEqual(nothing)
  })

  it('derives a readable slug from a French title', async () => {
    const payload = await testPayload()
    const post = await payload.create({ collection: 'news', data: { title: 'Chef d’œuvre : les métiers d’art', excerpt: 'x' } })
    expect(post.slug).toBe('chef-d-oeuvre-les-metiers-d-art')
  })

  it('a 2 MB excerpt', async () => {
    const payload = await testPayload()
    const title = `Trop long ${stamp}`
    const error = await rejection(payload.create({ collection: 'news', data: { title, excerpt: 'é'.repeat(2 * 1024 * 1024) } }))
    expect(error.status).toBe(400)
    expect(error.data.errors.map((e) => e.path)).toContain('excerpt')
    expect(await stored('news', 'title', title)).toEqual(nothing)
  })

  it('an invalid ROME code, with a French message', async () => {
    const payload = await testPayload()
    const title = `Boulanger ${stamp}`
    const error = await rejection(payload.create({ collection: 'careers', data: { title, summary: 'Fait le pain.', romeCodes: ['Z9999'] } }))
    expect(error.status).toBe(400)
    const romeError = error.data.errors.find((e) => e.path === 'romeCodes')
    expect(romeError?.message).toMatch(/Code ROME invalide\s: Z9999/)
    expect(await stored('careers', 'title', title)).toEqual(nothing)
  })

  it('an incoherent pay range, a figure without source, text or a fraction in a number: each message on its field', async () => {
    const payload = await testPayload()
    const title = `Pâtissier ${stamp}`
    const cases: [data: object, path: string, message: RegExp][] = [
      [{ pay: { beginner: { min: 3000, max: 2000, source: 'Enquête', year: 2025 } } }, 'pay.beginner.max', /maximum est inférieur au minimum/],
      [{ pay: { overall: { min: 1800, average: 1500, source: 'Enquête', year: 2025 } } }, 'pay.overall.average', /moyenne est inférieure au minimum/],
      [{ pay: { experienced: { max: 3000, year: 2025 } } }, 'pay.experienced.source', /Indiquez la source/],
      [{ pay: { experienced: { max: 3000, source: 'Enquête' } } }, 'pay.experienced.year', /Indiquez l’année/],
      [{ pay: { overall: { average: 'abc', source: 'Enquête', year: 2025 } } }, 'pay.overall.average', /Saisissez un nombre, en chiffres/],
      [{ accessRoutes: [{ startingPoint: 'afterBac', trainings: [{ title: 'BTS', durationMonths: 12.5 }] }] }, 'accessRoutes.0.trainings.0.durationMonths', /nombre entier/],
      [{ accessRoutes: [{ startingPoint: 'afterBac', trainings: [{ title: 'BTS', durationMonths: 200 }] }] }, 'accessRoutes.0.trainings.0.durationMonths', /entre 1 et 120\smois/],
      [{ accessRoutes: [{ trainings: [{ title: 'BTS', officialUrl: 'onisep.fr' }] }] }, 'accessRoutes.0.trainings.0.officialUrl', /https:\/\//],
    ]
    for (const [data, path, message] of cases) {
      const error = await rejection(payload.create({ collection: 'careers', data: { title, summary: 'Fait les gâteaux.', ...data, _status: 'published' } as never }))
      expect(error.status).toBe(400)
      const found = error.data.errors.find((e) => e.path === path)
      expect(found?.message, `${path} in ${JSON.stringify(error.data.errors)}`).toMatch(message)
    }
    expect(await stored('careers', 'title', title)).toEqual(nothing)
  })

  it('a null group empties it instead of failing (careers’ pay and conditions, a post’s SEO fields), drafts included', async () => {
    const payload = await testPayload()
    const career = await payload.create({
      collection: 'careers',
      data: { title: `Glacier ${stamp}`, summary: 'Fait les glaces.', pay: { beginner: { min: 1800, source: 'Enquête', year: 2025 } }, workingConditions: { hours: 'Saisonnier', places: ['shop'] } },
      draft: true,
    })
    for (const data of [{ pay: { beginner: null } }, { pay: null, workingConditions: null, prospects: null }]) {
      const updated = await payload.update({ collection: 'careers', id: career.id, data: data as never, draft: true })
      expect(updated.pay?.beginner?.min ?? null).toBeNull()
    }
    const emptied = await payload.findByID({ collection: 'careers', id: career.id, draft: true })
    expect([emptied.pay?.beginner?.source ?? null, emptied.workingConditions?.hours ?? null, emptied.workingConditions?.places ?? []]).toEqual([null, null, []])
    const post = await payload.create({ collection: 'news', data: { title: `Glaces ${stamp}`, excerpt: 'x', meta: { title: 'Titre SEO' } }, draft: true })
    const cleared = await payload.update({ collection: 'news', id: post.id, data: { meta: null } as never, draft: true })
    expect(cleared.meta?.title ?? null).toBeNull()
  })
})
