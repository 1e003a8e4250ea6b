import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { searchContent, suggestTitles } from '@/payload/search/searchContent'
import { cleanSearchQuery } from '@/payload/search/searchQuery'
import { testPayload } from './payload'

// French full-text search on the real PostgreSQL index (migration 20261126_151208), through
// the functions the search page and the suggestion endpoint call. The careers here have
// invented trades, so the demo content loaded by other tests never interferes.

let payload: Payload
let sectorId: number

const career = (data: Record<string, unknown>, status: 'published' | 'draft' = 'published') =>
  payload.create({
    collection: 'careers',
    data: { summary: 'Un métier d’artisanat.', _status: status, ...data } as never,
    draft: status === 'draft',
  })

const titles = async (query: string, filters = {}) => (await searchContent(query, filters)).hits.map((hit) => hit.title)

/**
 * The titles on every page of a search, for a query that other test files' pages match too:
 * they share the database, run in no fixed order, and may rank before this file's pages.
 */
const titlesOnEveryPage = async (query: string) => {
  const first = await searchContent(query)
  const found = first.hits.map((hit) => hit.title)
  for (let page = 2; page <= first.totalPages; page++) found.push(...(await searchContent(query, {}, page)).hits.map((hit) => hit.title))
  expect(found).toHaveLength(first.total)
  return found
}

beforeAll(async () => {
  payload = await testPayload()
  sectorId = (await payload.create({ collection: 'sectors', data: { title: 'Artisanat d’art' } })).id
  await career({
    title: 'Souffleur de verre',
    synonyms: 'Verrier d’art, souffleuse de verre',
    summary: 'Il façonne le verre en fusion au bout d’une canne.',
    skills: [{ skill: 'Maîtrise du chalumeau et du four' }],
    missions: [{ mission: 'Créer des pièces uniques pour les galeries' }],
    educationLevel: 'cap',
    pay: { overall: { min: 1500, average: 1900, max: 3000, source: 'Enquête', year: 2025 } },
    sectors: [sectorId],
  })
  await career({
    title: 'Apiculteur',
    summary: 'Il élève des abeilles et récolte le miel.',
    educationLevel: 'bac',
    pay: { overall: { min: 1600, average: 2100, max: 3200, source: 'Enquête', year: 2025 } },
  })
  // Mentions the apiculteur many times, but in its body only.
  await career({
    title: 'Conseiller agricole',
    summary: 'Il conseille les exploitants, dont l’apiculteur, sur leurs pratiques.',
    missions: [
      { mission: 'Former l’apiculteur aux traitements' },
      { mission: 'Visiter chaque apiculteur de la région' },
      { mission: 'Aider l’apiculteur à obtenir des aides' },
    ],
    educationLevel: 'bac5',
    pay: { overall: { min: 2200, average: 3100, max: 4500, source: 'Enquête', year: 2025 } },
  })
  // Excerpts: the words looked for sit mid-sentence in the summary and in one item of each list.
  await career({
    title: 'Ferronnier d’art',
    summary:
      'Il forge le métal à la main, au marteau et à l’enclume, pour des particuliers, des architectes et des monuments historiques de toute la région. ' +
      'Dans son atelier, il restaure avec patience les grilles anciennes des châteaux, les rampes d’escalier et les balcons en fer forgé des vieilles maisons de ville.',
    skills: [{ skill: 'Lire un plan technique' }, { skill: 'Souder à l’arc, puis limer la soudure' }, { skill: 'Patiner le fer forgé' }],
    missions: [{ mission: 'Prendre soin des outils de la forge' }, { mission: 'Livrer les pièces' }],
  })
  await career({ title: 'Cartographe sous-marin', summary: 'Brouillon jamais publié.' }, 'draft')
  const renamed = await career({ title: 'Taxidermiste', summary: 'Il naturalise des animaux.' })
  await payload.update({ collection: 'careers', id: renamed.id, data: { title: 'Naturaliste confidentiel' }, draft: true })
  await payload.create({
    collection: 'news',
    data: { title: 'Les souffleurs de verre à l’honneur au salon des métiers d’art', excerpt: 'Démonstrations.', _status: 'published' },
  })
})

describe('French full-text search', () => {
  it('ignores accents and case', async () => {
    expect(await titles('SOUFFLEUR DE VERRE')).toContain('Souffleur de verre')
    expect(await titles('maitrise du chalumeau')).toEqual(['Souffleur de verre'])
    expect(await titles('ÉLÈVE DES ABEILLES')).toContain('Apiculteur')
  })

  it('matches plurals and other forms of a word', async () => {
    expect(await titles('souffleurs')).toContain('Souffleur de verre')
    expect(await titles('apiculteurs')).toContain('Apiculteur')
    expect(await titles('galerie unique')).toEqual(['Souffleur de verre'])
  })

  it('finds a career by its other names', async () => {
    expect(await titles('verrier')).toEqual(['Souffleur de verre'])
  })

  it('requires every word of a multi-word query', async () => {
    expect(await titles('verre abeilles')).toEqual([])
    expect(await titles('verre fusion canne')).toEqual(['Souffleur de verre'])
  })

  it('ranks a title match above any number of body matches, and labels careers and news', async () => {
    const { hits } = await searchContent('apiculteur')
    expect(hits.map((hit) => hit.title)).toEqual(['Apiculteur', 'Conseiller agricole'])
    const mixed = await searchContent('souffleur verre')
    expect(mixed.hits.map((hit) => hit.kind).sort()).toEqual(['career', 'news'])
    expect(mixed.hits[0]!.title).toBe('Souffleur de verre')
  })

  it('highlights the matched words', async () => {
    const [hit] = (await searchContent('chalumeau')).hits
    expect(hit!.excerptHeadline).toContain('\uE000chalumeau\uE001')
  })

  describe('excerpts', () => {
    const excerptOf = async (query: string) =>
      (await searchContent(query)).hits.find((hit) => hit.title === 'Ferronnier d’art')?.excerptHeadline

    it('start with the sentence holding the words, with its capital, accents and plurals matched', async () => {
      // ts_headline's fragment started at "toute la région. Dans son atelier…"
      expect(await excerptOf('chateau')).toBe(
        'Dans son atelier, il restaure avec patience les grilles anciennes des \uE000châteaux\uE001, les rampes d’escalier et les balcons en fer forgé des vieilles maisons de ville.',
      )
    })

    it('show one list item whole, never joined to the next', async () => {
      expect(await excerptOf('souder')).toBe('\uE000Souder\uE001 à l’arc, puis limer la soudure')
      expect(await excerptOf('SOINS')).toBe('Prendre \uE000soin\uE001 des outils de la forge')
    })

    it('show the summary from its start when only the title matched', async () => {
      expect(await excerptOf('ferronnier')).toBe(
        'Il forge le métal à la main, au marteau et à l’enclume, pour des particuliers, des architectes et des monuments historiques de toute la région.',
      )
    })
  })

  it('falls back to the closest titles for a typo', async () => {
    const result = await searchContent('souffleure de vere')
    expect(result.approximate).toBe(true)
    expect(result.hits[0]!.title).toBe('Souffleur de verre')
    expect((await searchContent('apicultuer')).hits[0]?.title).toBe('Apiculteur')
  })

  it('never shows drafts, nor the draft of a published career', async () => {
    expect(await titles('cartographe')).toEqual([])
    expect(await titles('confidentiel')).toEqual([])
    expect(await titles('taxidermiste')).toEqual(['Taxidermiste'])
    expect((await suggestTitles('cartog')).map((s) => s.title)).toEqual([])
    expect((await suggestTitles('naturaliste conf')).map((s) => s.title)).toEqual([])
  })

  it('combines sector, level and salary filters', async () => {
    expect(await titles('apiculteur', { levels: ['cap', 'bac'] })).toEqual(['Apiculteur'])
    expect(await titles('apiculteur', { salaryMin: 3000 })).toEqual(['Conseiller agricole'])
    expect(await titles('verre', { sectorId })).toEqual(['Souffleur de verre'])
    expect(await titles('verre', { kind: 'news' })).toEqual(['Les souffleurs de verre à l’honneur au salon des métiers d’art'])
  })

  it('keeps the index current when a list of skills changes (database triggers)', async () => {
    const { docs } = await payload.find({ collection: 'careers', where: { title: { equals: 'Apiculteur' } } })
    await payload.update({ collection: 'careers', id: docs[0]!.id, data: { skills: [{ skill: 'Connaissance de la propolis' }] } })
    expect(await titles('propolis')).toEqual(['Apiculteur'])
    await payload.update({ collection: 'careers', id: docs[0]!.id, data: { skills: [] } })
    expect(await titles('propolis')).toEqual([])
  })

  it('paginates with a total', async () => {
    const all = await searchContent('apiculteur')
    expect(all.total).toBe(2)
    expect(all.totalPages).toBe(1)
  })
})

describe('suggestions', () => {
  it('complete the words being typed, careers first, at most 8', async () => {
    const found = await suggestTitles('souff')
    expect(found[0]).toEqual({ kind: 'career', title: 'Souffleur de verre', slug: 'souffleur-de-verre' })
    expect(found.map((s) => s.kind)).toContain('news')
    expect((await suggestTitles('e')).length).toBeLessThanOrEqual(8)
    expect((await suggestTitles('apicultuer')).map((s) => s.title)).toEqual(['Apiculteur'])
  })
})

describe('hostile input', () => {
  // Each input, what cleaning leaves of it, and what that finds: operators and punctuation are
  // read as text (websearch_to_tsquery), so only real words can match anything.
  const cases: { raw: string; label?: string; query: string; titles: string[]; suggestions: string[] }[] = [
    { raw: `"'&|!:*()<>`, query: `"'&|!:*()<>`, titles: [], suggestions: [] },
    { raw: '!!! ||| &&& :* <-> ', query: '!!! ||| &&& :* <->', titles: [], suggestions: [] },
    { raw: "' OR 1=1; DROP TABLE careers; --", query: "' OR 1=1; DROP TABLE careers; --", titles: [], suggestions: [] },
    // "!" is no negation here and ":*" no prefix: both words are required, and no page has both.
    { raw: 'verre:* & !abeille', query: 'verre:* & !abeille', titles: [], suggestions: [] },
    // Suggestions complete titles only, and no title holds "abeilles".
    { raw: '😀🐝 abeilles 🍯', query: '😀🐝 abeilles 🍯', titles: ['Apiculteur'], suggestions: [] },
    { raw: 'a\u0000b\u0000c', query: 'a b c', titles: [], suggestions: [] },
    { raw: 'x'.repeat(5000), label: 'x × 5000', query: 'x'.repeat(200), titles: [], suggestions: [] },
    { raw: '\uD800 demi-surrogate', query: 'demi-surrogate', titles: [], suggestions: [] },
    {
      raw: '"verre',
      query: '"verre',
      titles: ['Les souffleurs de verre à l’honneur au salon des métiers d’art', 'Souffleur de verre'],
      suggestions: ['Les souffleurs de verre à l’honneur au salon des métiers d’art', 'Souffleur de verre'],
    },
  ]

  it.each(cases.map((c) => [c.label ?? c.raw, c] as const))('%j is cleaned, then finds what its words match', async (_label, c) => {
    const query = cleanSearchQuery(c.raw)
    expect(query).toBe(c.query)
    expect((await titles(query)).sort()).toEqual(c.titles)
    expect((await suggestTitles(query)).map((s) => s.title).sort()).toEqual(c.suggestions)
  })

  it('"-verre" finds the published pages without the word, and none with it', async () => {
    expect(cleanSearchQuery('-verre')).toBe('-verre')
    const found = await titlesOnEveryPage('-verre')
    // Other test files' pages lack the word too and may fill the first pages: this file's are
    // looked for among all of them.
    expect(found).toEqual(expect.arrayContaining(['Apiculteur', 'Conseiller agricole', 'Taxidermiste']))
    expect(found.filter((title) => /verre|cartographe|confidentiel/i.test(title))).toEqual([])
  })

  it.each([
    ['NUL, zero-width space, soft hyphen and whitespace', '\u0000\u200B\u00AD \t\n'],
    ['lone surrogates', '\uDC00\uD800'],
  ])('an input of %s cleans down to nothing and is answered empty without a query to PostgreSQL', async (_label, raw) => {
    expect(cleanSearchQuery(raw)).toBe('')
    const execute = vi.spyOn(payload.db.drizzle, 'execute')
    try {
      expect(await searchContent('')).toEqual({ hits: [], total: 0, page: 1, totalPages: 0, approximate: false })
      expect(await suggestTitles('')).toEqual([])
      expect(execute).not.toHaveBeenCalled()
      // The same spy sees a real search's statements.
      await searchContent('verre')
      expect(execute).toHaveBeenCalled()
    } finally {
      execute.mockRestore()
    }
  })

  it('reads operators as words, not as syntax', async () => {
    expect(await titles('abeilles 🍯')).toContain('Apiculteur')
    expect(await titles('chalumeau: & * ! |')).toEqual(['Souffleur de verre'])
  })
})
