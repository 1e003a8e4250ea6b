// A realistic, reproducible corpus for benchmarks: French-looking careers and news generated
// from a seed number (same seed, same corpus), then bulk-loaded with SQL (COPY-like
// unnest inserts: 21 000 documents in seconds, where the Local API would take many minutes).
// Everything is published; the search index fills itself through the database's own
// generated column and triggers.
import type { Pool } from 'pg'

import { slugify } from '@/payload/fields/slugify'

/** mulberry32: tiny, fast, and the same sequence on every machine for a given seed. */
export const random = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ROLES = ['Technicien', 'Ingénieur', 'Chargé', 'Responsable', 'Conseiller', 'Assistant', 'Directeur', 'Opérateur', 'Animateur', 'Chef', 'Agent', 'Analyste']
const FIELDS = [
  'de maintenance', 'en énergies renouvelables', 'de production', 'commercial', 'qualité', 'logistique', 'en cybersécurité',
  'de projet', "d'études", 'en santé environnementale', 'du patrimoine', 'en aéronautique', 'agricole', 'en biotechnologies',
  'de la relation client', 'en urbanisme', 'des ressources humaines', 'en robotique', 'du tourisme', 'en agroalimentaire',
  'de la communication', 'en data science', 'du bâtiment', 'en hydraulique', 'de laboratoire',
]
const PLACES = ['', 'territorial', 'hospitalier', 'industriel', 'numérique', 'maritime', 'ferroviaire', 'culturel', 'sportif', 'bancaire']
const VERBS = ['organise', 'contrôle', 'conçoit', 'accompagne', 'planifie', 'analyse', 'coordonne', 'améliore', 'répare', 'développe', 'anime', 'évalue']
const OBJECTS = [
  'les chantiers', 'les équipes de terrain', 'la production', 'les essais en laboratoire', 'les relations avec les clients',
  'les installations électriques', 'les données de capteurs', 'le budget du service', 'la sécurité des sites', 'les outils numériques',
  'les plannings de livraison', 'la formation des apprentis', 'les audits de conformité', 'les réseaux informatiques', 'les prototypes',
]
const CONTEXTS = [
  'dans une PME', 'au sein d’un grand groupe', 'en collectivité', 'à l’hôpital', 'en bureau d’études', 'sur des sites industriels',
  'en laboratoire', 'en agence', 'à l’international', 'dans une start-up', 'en usine', 'en milieu rural',
]
const SCHOOLS = ['NEOMA', 'KEDGE', 'l’INSA', 'l’IUT de Lannion', 'le lycée Vauban', 'l’université de Lille', 'le CFA du BTP', 'l’ENSAM', 'HEC Paris', 'l’Onisep']
const NEWS_ACTIONS = ['lance', 'ouvre', 'présente', 'inaugure', 'renforce', 'fête', 'accueille', 'prépare']
const NEWS_OBJECTS = [
  'une formation en alternance', 'un campus consacré', 'une journée portes ouvertes', 'un concours national', 'une chaire de recherche',
  'un salon de l’orientation', 'un programme de mentorat', 'un parcours de reconversion',
]
const LEVELS = ['cap', 'bac', 'bac2', 'bac3', 'bac4', 'bac5', 'bac8'] as const

export type CorpusCareer = {
  title: string
  slug: string
  summary: string
  skills: string[]
  missions: string[]
  trainings: string[]
  educationLevel: (typeof LEVELS)[number]
  pay: { min: number; average: number; max: number }
  sectorIndex: number
  imageIndex: number
  paragraphs: string[]
  publishedAt: string
}

export type CorpusNews = {
  title: string
  slug: string
  excerpt: string
  paragraphs: string[]
  sectorIndex: number
  imageIndex: number
  careerIndex: number
  publishedAt: string
  contentUpdatedAt: string
}

export type Corpus = { careers: CorpusCareer[]; news: CorpusNews[] }

/** `careers` distinct trades and `news` posts over the last four years, from `seed`. */
export const generateCorpus = (seed: number, sizes = { careers: 1000, news: 20000 }): Corpus => {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const sentence = () => `${pick(['Il', 'Elle', 'On'])} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(CONTEXTS)}.`
  const sentences = (count: number) => Array.from({ length: count }, sentence).join(' ')
  const end = Date.UTC(2026, 10, 1)

  const titles = new Set<string>()
  const careers: CorpusCareer[] = []
  while (careers.length < sizes.careers) {
    const title = [pick(ROLES), pick(FIELDS), pick(PLACES)].filter(Boolean).join(' ')
    const candidate = titles.has(title) ? `${title} ${careers.length}` : title
    titles.add(candidate)
    const min = 1500 + Math.floor(next() * 16) * 100
    const max = min + 800 + Math.floor(next() * 30) * 100
    careers.push({
      title: candidate,
      slug: `${slugify(candidate)}-${careers.length + 1}`,
      summary: `Le métier de ${candidate.toLowerCase()} : ${sentences(2)}`,
      skills: Array.from({ length: 4 + Math.floor(next() * 4) }, () => `Savoir ${pick(VERBS).replace(/e$/, 'er')} ${pick(OBJECTS)}`),
      missions: Array.from({ length: 4 + Math.floor(next() * 4) }, sentence),
      trainings: Array.from({ length: 2 + Math.floor(next() * 3) }, () => `${pick(['BTS', 'BUT', 'Licence pro', 'Master', 'CAP', 'Diplôme d’ingénieur'])} ${pick(FIELDS)}`),
      educationLevel: pick(LEVELS),
      pay: { min, average: Math.round((min + (max - min) * (0.3 + next() * 0.3)) / 50) * 50, max },
      sectorIndex: Math.floor(next() * 5),
      imageIndex: Math.floor(next() * 11),
      paragraphs: Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentences(3)),
      publishedAt: new Date(end - Math.floor(next() * 4 * 365 * 86400_000)).toISOString(),
    })
  }

  const news: CorpusNews[] = Array.from({ length: sizes.news }, (_, index) => {
    const career = Math.floor(next() * careers.length)
    const title = `${pick(SCHOOLS)} ${pick(NEWS_ACTIONS)} ${pick(NEWS_OBJECTS)} au métier de ${careers[career]!.title.toLowerCase()}`
    const published = end - Math.floor(next() * 4 * 365 * 86400_000)
    return {
      title,
      slug: `${slugify(title).slice(0, 80).replace(/-+$/, '')}-${index + 1}`,
      excerpt: sentences(2),
      paragraphs: Array.from({ length: 2 + Math.floor(next() * 4) }, () => sentences(3)),
      sectorIndex: Math.floor(next() * 5),
      imageIndex: Math.floor(next() * 11),
      careerIndex: career,
      publishedAt: new Date(published).toISOString(),
      contentUpdatedAt: new Date(published + Math.floor(next() * 10) * 86400_000).toISOString(),
    }
  })
  return { careers, news }
}

/** Lexical JSON for plain paragraphs, as Payload's editor stores it. */
export const lexicalParagraphs = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: null,
      textStyle: '',
      textFormat: 0,
      children: [{ type: 'text', text, mode: 'normal', style: '', detail: 0, format: 0, version: 1 }],
    })),
  },
})

const BATCH = 500

const batches = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH))

/**
 * Inserts the corpus as published documents, linked to the database's existing sectors and
 * images (the demo seed's). Returns how many of each were written.
 */
export const loadCorpus = async (pool: Pool, corpus: Corpus) => {
  const sectorIds = (await pool.query<{ id: number }>('select id from sectors order by id')).rows.map((r) => r.id)
  const imageIds = (await pool.query<{ id: number }>('select id from media order by id')).rows.map((r) => r.id)
  if (!sectorIds.length) throw new Error('No sectors: run `npm run seed` on this database first.')
  const sectorOf = (index: number) => sectorIds[index % sectorIds.length]!
  const imageOf = (index: number) => (imageIds.length ? imageIds[index % imageIds.length]! : null)

  const careerIds: number[] = []
  for (const batch of batches(corpus.careers)) {
    const { rows } = await pool.query<{ id: number }>(
      `insert into careers (title, slug, summary, education_level, pay_overall_min, pay_overall_average, pay_overall_max, pay_overall_year, pay_overall_source, hero_image_id,
         content, published_at, content_updated_at, _status)
       select t.title, t.slug, t.summary, t.level::enum_careers_education_level, t.smin, t.savg, t.smax, 2025, 'Chiffres fictifs du corpus de mesure', t.image, t.content::jsonb,
         t.published, t.published, 'published'
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[], $8::int[], $9::text[], $10::timestamptz[])
         with ordinality as t(title, slug, summary, level, smin, savg, smax, image, content, published, n)
       order by t.n
       returning id`,
      [
        batch.map((c) => c.title),
        batch.map((c) => c.slug),
        batch.map((c) => c.summary),
        batch.map((c) => c.educationLevel),
        batch.map((c) => c.pay.min),
        batch.map((c) => c.pay.average),
        batch.map((c) => c.pay.max),
        batch.map((c) => imageOf(c.imageIndex)),
        batch.map((c) => JSON.stringify(lexicalParagraphs(c.paragraphs))),
        batch.map((c) => c.publishedAt),
      ],
    )
    careerIds.push(...rows.map((r) => r.id))
  }

  const children = (table: string, column: string, pick: (c: CorpusCareer) => string[]) => {
    const parents: number[] = []
    const orders: number[] = []
    const ids: string[] = []
    const values: string[] = []
    corpus.careers.forEach((career, index) =>
      pick(career).forEach((value, order) => {
        parents.push(careerIds[index]!)
        orders.push(order + 1)
        ids.push(`bench-${table}-${careerIds[index]}-${order}`)
        values.push(value)
      }),
    )
    return pool.query(
      `insert into ${table} (_parent_id, _order, id, ${column}) select * from unnest($1::int[], $2::int[], $3::text[], $4::text[])`,
      [parents, orders, ids, values],
    )
  }
  await children('careers_skills', 'skill', (c) => c.skills)
  await children('careers_missions', 'mission', (c) => c.missions)
  // Trainings live in access routes: one route per career gives search the same rows to read as a real sheet.
  await pool.query(
    `insert into careers_access_routes (_parent_id, _order, id, starting_point) select t.p, 1, 'bench-route-' || t.p, 'afterBac' from unnest($1::int[]) as t(p)`,
    [careerIds],
  )
  const trainings = corpus.careers.flatMap((career, index) => career.trainings.map((title, order) => ({ route: `bench-route-${careerIds[index]}`, order: order + 1, title })))
  await pool.query(
    `insert into careers_access_routes_trainings (_parent_id, _order, id, title) select t.r, t.o, t.r || '-' || t.o, t.t from unnest($1::text[], $2::int[], $3::text[]) as t(r, o, t)`,
    [trainings.map((t) => t.route), trainings.map((t) => t.order), trainings.map((t) => t.title)],
  )
  await pool.query(
    `insert into careers_rels ("order", parent_id, path, sectors_id)
     select 1, t.p, 'sectors', t.s from unnest($1::int[], $2::int[]) as t(p, s)`,
    [careerIds, corpus.careers.map((c) => sectorOf(c.sectorIndex))],
  )

  let newsCount = 0
  for (const batch of batches(corpus.news)) {
    const { rows } = await pool.query<{ id: number }>(
      `insert into news (title, slug, excerpt, hero_image_id, content, published_at, content_updated_at, _status)
       select t.title, t.slug, t.excerpt, t.image, t.content::jsonb, t.published, t.updated, 'published'
       from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::timestamptz[], $7::timestamptz[])
         with ordinality as t(title, slug, excerpt, image, content, published, updated, n)
       order by t.n
       returning id`,
      [
        batch.map((n) => n.title),
        batch.map((n) => n.slug),
        batch.map((n) => n.excerpt),
        batch.map((n) => imageOf(n.imageIndex)),
        batch.map((n) => JSON.stringify(lexicalParagraphs(n.paragraphs))),
        batch.map((n) => n.publishedAt),
        batch.map((n) => n.contentUpdatedAt),
      ],
    )
    const ids = rows.map((r) => r.id)
    await pool.query(
      `insert into news_rels ("order", parent_id, path, sectors_id, careers_id)
       select 1, t.p, 'sectors', t.s, null from unnest($1::int[], $2::int[]) as t(p, s)
       union all
       select 1, t.p, 'relatedCareers', null, t.c from unnest($1::int[], $3::int[]) as t(p, c)`,
      [ids, batch.map((n) => sectorOf(n.sectorIndex)), batch.map((n) => careerIds[n.careerIndex]!)],
    )
    newsCount += ids.length
  }
  await pool.query('analyze careers; analyze news; analyze careers_rels; analyze news_rels')
  return { careers: careerIds.length, news: newsCount }
}
