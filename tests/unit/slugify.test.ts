import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { generateCorpus } from '@/bench/corpus'
import { isValidSlug, slugify } from '@/payload/fields/slugify'
import { seedCareers } from '@/payload/seed/careers'
import { seedNews } from '@/payload/seed/news'
import { seedSectors } from '@/payload/seed/sectors'

// The slugify this project used before (NFD folding and a ligature map): kept here to prove
// that no slug it produced correctly changes.
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' }
const previousSlugify = (input: string, maxLength = 96): string =>
  input
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? '')
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '')

describe('slugify', () => {
  it.each([
    ["Ingénieur d'études", 'ingenieur-d-etudes'],
    ['Chef d’œuvre', 'chef-d-oeuvre'],
    ['Curriculum vitæ', 'curriculum-vitae'],
    ['  Métiers de la SANTÉ !  ', 'metiers-de-la-sante'],
    ['Bac +5 : où aller ?', 'bac-5-ou-aller'],
    ['Ça, c’est Noël à Zürich', 'ca-c-est-noel-a-zurich'],
    ['15ᵉ édition', '15-edition'],
    // Letters the old folding lost, and French choices.
    ['Les ﬁlières ofﬁcielles', 'les-filieres-officielles'],
    ['ﬂûte traversière', 'flute-traversiere'],
    ['Łódź, Ørsted, Đorđe', 'lodz-orsted-dorde'],
    ['Straße', 'strasse'],
    ['Arts & Métiers', 'arts-et-metiers'],
    ['Capharnaüm', 'capharnaum'],
    ['iPhone et DevOps', 'iphone-et-devops'],
    ['e\u0301cole de la deuxie\u0300me chance', 'ecole-de-la-deuxieme-chance'],
    ['Aide\u200B-soignant', 'aide-soignant'],
    ['Sciences\u00ADpo', 'sciencespo'],
    ['aide_soignant', 'aide-soignant'],
    ['L’‘ingé’ « réseau »', 'l-inge-reseau'],
    ['CO₂ et ½ temps', 'co2-et-1-2-temps'],
    ['Salaire : 2 000 €', 'salaire-2-000-euros'],
    ['N° 1 du classement, 1° année', 'n-1-du-classement-1-annee'],
    ['Article § 3', 'article-3'],
    ['50 % de réussite', '50-pour-cent-de-reussite'],
    ['GROẞE Straße', 'grosse-strasse'],
    ['𝐋𝐞 𝐦é𝐭𝐢𝐞𝐫 Ⓐ ①', 'le-metier-a-1'],
    ['Ｍétier ｐleine largeur', 'metier-pleine-largeur'],
    ['1ʳᵉ année, Xᵉ siècle', '1-annee-x-siecle'],
    ['Technicien n°1 à 10°C', 'technicien-n-1-a-10-c'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('returns an empty slug for text with no letter or digit', () => {
    expect(slugify('!!! — ???')).toBe('')
    expect(slugify('🎓')).toBe('')
    expect(slugify('   ')).toBe('')
  })

  it('caps the length without leaving a trailing dash', () => {
    const slug = slugify(`${'mot '.repeat(60)}fin`)
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
    expect(isValidSlug(slug)).toBe(true)
  })

  it('cuts a long title between words, and a single over-long word at the limit', () => {
    const title = 'Les conseillers d’orientation des lycées professionnels de Marseille recommandent aujourd’hui aux élèves de troisième de visiter les ateliers'
    expect(slugify(title)).toBe('les-conseillers-d-orientation-des-lycees-professionnels-de-marseille-recommandent-aujourd-hui')
    expect(slugify(`${'m'.repeat(60)} ${'a'.repeat(90)} fin`)).toBe('m'.repeat(60))
    expect(slugify('x'.repeat(150))).toBe('x'.repeat(96))
    // A first word alone would be a useless, colliding address: the long word is cut instead.
    expect(slugify(`Le ${'x'.repeat(120)}`)).toBe(`le-${'x'.repeat(93)}`)
    // Whatever the title, the slug is the uncut one's beginning, ending where a word ends.
    for (const text of [title, `${'mot '.repeat(60)}fin`, 'Un titre de deux cents caractères '.repeat(8), 'Ingénieur·e d’études en électronique embarquée '.repeat(4)]) {
      const whole = previousSlugify(text, Infinity)
      const cut = slugify(text)
      expect(whole.length).toBeGreaterThan(96)
      expect(cut.length).toBeLessThanOrEqual(96)
      expect(cut.length).toBeGreaterThanOrEqual(48)
      expect(whole.startsWith(cut)).toBe(true)
      expect(whole.charAt(cut.length)).toBe('-')
    }
  })

  it('returns every valid slug unchanged, so re-saving a document never moves its address', () => {
    const slugs = fc.array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 8 }).map((words) => words.join('-').slice(0, 96).replace(/-+$/, ''))
    fc.assert(fc.property(slugs, (slug) => !isValidSlug(slug) || slugify(slug) === slug), { seed: 42, numRuns: 2000 })
  })

  it('always gives a valid slug or nothing, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const slug = slugify(text)
      return slug === '' || isValidSlug(slug)
    }), { seed: 42, numRuns: 2000 })
  })

  it('gives the demo content and the benchmark corpus the slugs they had before', () => {
    const { careers, news } = generateCorpus(42, { careers: 300, news: 300 })
    const titles = [
      ...seedCareers.map((c) => c.title),
      ...seedNews.map((p) => p.title),
      ...seedSectors.map((s) => s.title),
      ...careers.map((c) => c.title),
      ...news.map((p) => p.title),
    ]
    expect(titles.length).toBeGreaterThan(600)
    // Titles whose slug was cut at 96 characters are now cut between words instead; documents
    // already stored keep theirs, since a valid slug is returned unchanged (test above).
    const whole = titles.filter((title) => previousSlugify(title, Infinity).length <= 96)
    expect(whole.length).toBeGreaterThan(500)
    expect(whole.filter((title) => slugify(title) !== previousSlugify(title))).toEqual([])
  })
})

describe('isValidSlug', () => {
  it('accepts folded slugs only', () => {
    expect(isValidSlug('directeur-technique')).toBe(true)
    expect(isValidSlug('Directeur')).toBe(false)
    expect(isValidSlug('../etc/passwd')).toBe(false)
    expect(isValidSlug('a\u0000b')).toBe(false)
    expect(isValidSlug('')).toBe(false)
    expect(isValidSlug('a--b')).toBe(false)
  })
})
