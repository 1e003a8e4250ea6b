import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Payload, Where } from 'payload'

import { seedCareers } from './careers'
import { illustration } from './images'
import { seedNews } from './news'
import { seedPages } from './pages'
import { seedQuiz } from './quiz'
import { seedSectors } from './sectors'

type SeedSummary = { sectors: number; careers: number; news: number; pages: number; quizQuestions: number; media: number; admin: boolean }

const findIdBy = async (payload: Payload, collection: CollectionSlug, where: Where) => {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
  return docs[0]?.id as number | undefined
}

/**
 * Loads the demo content. Idempotent: every document is found by its slug (images by file
 * name) and updated in place, so running it twice never duplicates anything.
 */
export const seed = async (payload: Payload): Promise<SeedSummary> => {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })

  const upsert = async <T extends 'careers' | 'news' | 'sectors'>(
    collection: T,
    slug: string,
    data: Record<string, unknown>,
  ): Promise<number> => {
    const id = await findIdBy(payload, collection, { slug: { equals: slug } })
    // A re-run refreshes wording; the model page's "MAJ" dates stay those of the demo content
    // (sectors have no such dates, hence no "correction mineure" box).
    const keepDates = collection === 'sectors' ? {} : { minorCorrection: true }
    const doc = id
      ? await payload.update({ collection, id, data: { ...data, ...keepDates } as never, depth: 0 })
      : await payload.create({ collection, data: data as never, depth: 0 })
    return doc.id as number
  }

  const image = async (filename: string, alt: string, hue: number, variant: number) => {
    // Payload renames an upload whose name is taken on disk (x.jpg → x-1.jpg), so match the stem;
    // the stem ends in a word, as Payload would increment a trailing number instead.
    const existing = await findIdBy(payload, 'media', { filename: { like: filename.replace(/\.\w+$/, '') } })
    if (existing) {
      await payload.update({ collection: 'media', id: existing, data: { alt }, depth: 0 })
      return existing
    }
    const data = await illustration(hue, variant)
    const doc = await payload.create({
      collection: 'media',
      data: { alt },
      file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
      depth: 0,
    })
    return doc.id
  }

  let adminId: number | undefined
  const { SEED_ADMIN_EMAIL: email, SEED_ADMIN_PASSWORD: password } = process.env
  if (email && password) {
    const existing = await findIdBy(payload, 'users', { email: { equals: email.toLowerCase() } })
    // The demo posts are signed by the team, not by an account called "Administration".
    const data = { email, password, name: 'Administration Repères', publicName: 'L’équipe éditoriale de Repères', roles: ['admin' as const] }
    adminId = existing
      ? (await payload.update({ collection: 'users', id: existing, data, depth: 0 })).id
      : (await payload.create({ collection: 'users', data, depth: 0 })).id
  }

  const sectorIds = new Map<string, number>()
  const sectorHue = new Map<string, number>()
  for (const sector of seedSectors) {
    const { hue, ...data } = sector
    sectorIds.set(sector.slug, await upsert('sectors', sector.slug, data))
    sectorHue.set(sector.slug, hue)
  }
  const sectorsOf = (slugs: string[]) => slugs.map((slug) => sectorIds.get(slug)).filter((id) => id !== undefined)
  const hueOf = (slugs: string[]) => sectorHue.get(slugs[0] ?? '') ?? 200

  let media = 0
  const careerIds = new Map<string, number>()
  for (const [index, career] of seedCareers.entries()) {
    const { related, sectors, content, ...fields } = career
    const heroImage = await image(
      `${career.slug}-illustration.jpg`,
      `Illustration abstraite aux couleurs du secteur ${seedSectors.find((s) => s.slug === sectors[0])?.title ?? ''}`.trim(),
      hueOf(sectors),
      index + 1,
    )
    media++
    careerIds.set(
      career.slug,
      await upsert('careers', career.slug, {
        ...fields,
        skills: fields.skills.map((skill) => ({ skill })),
        missions: fields.missions.map((mission) => ({ mission })),
        sectors: sectorsOf(sectors),
        heroImage,
        content: richText(content),
        _status: 'published',
      }),
    )
  }
  // Related careers point at each other, so they are linked once every sheet exists.
  for (const career of seedCareers) {
    const id = careerIds.get(career.slug)
    if (!id || career.related.length === 0) continue
    await payload.update({
      collection: 'careers',
      id,
      data: { relatedCareers: career.related.map((slug) => careerIds.get(slug)).filter((x) => x !== undefined) },
      depth: 0,
    })
  }

  for (const [index, post] of seedNews.entries()) {
    const { sectors, relatedCareers, content, ...fields } = post
    const heroImage = await image(
      `${post.slug}-illustration.jpg`,
      'Illustration abstraite aux couleurs de l’enseignement supérieur',
      hueOf(sectors),
      index + 11,
    )
    media++
    await upsert('news', post.slug, {
      ...fields,
      sectors: sectorsOf(sectors),
      relatedCareers: relatedCareers.map((slug) => careerIds.get(slug)).filter((x) => x !== undefined),
      content: richText(content),
      heroImage,
      ...(adminId ? { author: adminId } : {}),
      _status: 'published',
    })
  }

  // The site's own pages, one per kind (found by it).
  for (const { content, ...page } of seedPages) {
    const data = { ...page, content: richText(content), _status: 'published' as const }
    const id = await findIdBy(payload, 'pages', { kind: { equals: page.kind } })
    if (id) await payload.update({ collection: 'pages', id, data: { ...data, minorCorrection: true }, depth: 0 })
    else await payload.create({ collection: 'pages', data, depth: 0 })
  }

  // The orientation quiz, published as written here (a re-run puts the demo's questions back).
  await payload.updateGlobal({ slug: 'orientation-quiz', data: { ...seedQuiz, _status: 'published' }, depth: 0 })

  return {
    sectors: sectorIds.size,
    careers: careerIds.size,
    news: seedNews.length,
    pages: seedPages.length,
    quizQuestions: seedQuiz.questions.length,
    media,
    admin: adminId !== undefined,
  }
}
