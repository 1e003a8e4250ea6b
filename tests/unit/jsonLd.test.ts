import { describe, expect, it } from 'vitest'

import { careerCrumbs, newsCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { breadcrumbJsonLd, careerJsonLd, newsArticleJsonLd, websiteJsonLd } from '@/app/(frontend)/seo/jsonLd'
import type { Career, News } from '@/payload-types'

// Set before the describe blocks run: some build their data at collection time.
process.env.SITE_URL = 'https://reperes.example'

const career = {
  id: 1,
  title: 'Directeur technique',
  slug: 'directeur-technique',
  summary: 'Pilote la production.',
  skills: [{ id: 'a', skill: 'Management' }],
  missions: [{ id: 'b', mission: 'Piloter les projets' }],
  educationLevel: 'bac5',
  romeCodes: ['H2502'],
  feminineTitle: 'Directrice technique',
  synonyms: 'CTO, directrice technique',
  pay: {
    beginner: { min: 1900, max: 2300, source: 'Apec', sourceUrl: 'https://www.apec.fr/', year: 2025 },
    // No source: never shown, never in structured data.
    experienced: { min: 3500, max: 4500, source: null, year: 2025 },
    overall: { min: 1900, average: 2400, max: 4500, source: 'Fiche modèle', year: 2025 },
  },
  accessRoutes: [
    { startingPoint: 'afterBac', trainings: [{ title: 'Diplôme d’ingénieur', level: 'bac5', officialUrl: 'https://www.onisep.fr/x' }] },
    { startingPoint: 'careerChange', trainings: [{ title: 'Diplôme d’ingénieur', level: 'bac5' }, { title: 'MBA', officialUrl: 'javascript:alert(1)' }] },
  ],
  sources: [{ title: 'Fiche modèle', year: 2025 }, { title: 'Onisep', url: 'https://www.onisep.fr/' }],
  heroImage: { id: 3, alt: 'x', url: '/api/media/file/a.jpg', sizes: { og: { url: '/api/media/file/a-1200x630.jpg' } } },
  contentUpdatedAt: '2025-11-18T09:30:00.000Z',
} as unknown as Career

describe('careerJsonLd', () => {
  const data = careerJsonLd(career)

  it('describes an Occupation with absolute URLs', () => {
    expect(data).toMatchObject({
      '@type': 'Occupation',
      name: 'Directeur technique',
      description: 'Pilote la production.',
      url: 'https://reperes.example/metiers/directeur-technique',
      skills: ['Management'],
      responsibilities: ['Piloter les projets'],
      image: 'https://reperes.example/api/media/file/a-1200x630.jpg',
    })
    expect(data.alternateName).toEqual(['Directrice technique', 'CTO'])
    // The minimum level, then each training of the access routes once, with its official sheet.
    expect(data.educationRequirements).toEqual([
      { '@type': 'EducationalOccupationalCredential', credentialCategory: "Bac +5 (master, diplôme d'ingénieur)" },
      { '@type': 'EducationalOccupationalCredential', name: 'Diplôme d’ingénieur', educationalLevel: "Bac +5 (master, diplôme d'ingénieur)", url: 'https://www.onisep.fr/x' },
      { '@type': 'EducationalOccupationalCredential', name: 'MBA' },
    ])
    expect(data.occupationalCategory).toEqual([
      expect.objectContaining({ '@type': 'CategoryCode', codeValue: 'H2502' }),
    ])
  })

  it('maps each sourced monthly gross range faithfully: min and max as a range, average as the typical value, the source named', () => {
    expect(data.estimatedSalary).toEqual([
      {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        name: 'Salaire brut mensuel, en début de carrière',
        description: 'Source\u00a0: Apec, 2025',
        value: { '@type': 'QuantitativeValue', minValue: 1900, maxValue: 2300, unitText: 'MONTH' },
      },
      {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        name: 'Salaire brut mensuel, toutes expériences confondues',
        description: 'Source\u00a0: Fiche modèle, 2025',
        value: { '@type': 'QuantitativeValue', minValue: 1900, maxValue: 4500, value: 2400, unitText: 'MONTH' },
      },
    ])
  })

  it('cites the sources the page relies on, each once', () => {
    expect(data.mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': 'https://reperes.example/metiers/directeur-technique',
      citation: [
        { '@type': 'CreativeWork', name: 'Apec', datePublished: '2025', url: 'https://www.apec.fr/' },
        { '@type': 'CreativeWork', name: 'Fiche modèle', datePublished: '2025' },
        { '@type': 'CreativeWork', name: 'Onisep', url: 'https://www.onisep.fr/' },
      ],
    })
  })

  it('omits the salary when no range has figures with a source', () => {
    const unsourced = { ...career, pay: { overall: { min: 1900, max: 4500, source: '', year: 2025 } } } as Career
    expect(careerJsonLd(unsourced).estimatedSalary).toBeUndefined()
    expect(careerJsonLd({ ...career, pay: null } as unknown as Career).estimatedSalary).toBeUndefined()
  })
})

describe('newsArticleJsonLd', () => {
  it('gives ISO 8601 instants with their offset and a publisher', () => {
    const post = {
      id: 9,
      title: 'Titre',
      slug: 'titre',
      excerpt: 'Résumé',
      publishedAt: '2025-11-20T08:00:00.000Z',
      contentUpdatedAt: '2025-11-21T09:30:00.000Z',
      author: 1,
      byline: 'Camille',
    } as unknown as News
    const data = newsArticleJsonLd(post)
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Titre',
      datePublished: '2025-11-20T08:00:00.000Z',
      dateModified: '2025-11-21T09:30:00.000Z',
      author: { '@type': 'Person', name: 'Camille' },
      publisher: { '@type': 'Organization', name: 'Repères' },
    })
    expect(String(data.datePublished)).toMatch(/T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)
  })

  it('is signed by the newsroom when the post has no byline', () => {
    const post = { id: 9, title: 'Titre', slug: 'titre', excerpt: 'Résumé', author: 1, byline: null } as unknown as News
    expect(newsArticleJsonLd(post).author).toEqual({ '@type': 'Organization', name: 'Repères', url: 'https://reperes.example/' })
  })

  it('keeps the post’s title as headline; takes description and image from the SEO fields when filled, from the post otherwise', () => {
    const post = { id: 9, title: 'Titre', slug: 'titre', excerpt: 'Chapô', meta: { title: '', description: null } } as unknown as News
    expect(newsArticleJsonLd(post)).toMatchObject({ headline: 'Titre', description: 'Chapô' })
    const seo = { ...post, meta: { title: 'Titre pour Google', description: 'Description pour Google', image: { url: '/media/partage.jpg' } } } as unknown as News
    expect(newsArticleJsonLd(seo)).toMatchObject({ headline: 'Titre', description: 'Description pour Google', image: ['https://reperes.example/media/partage.jpg'] })
  })
})

describe('breadcrumbs', () => {
  it('list positions from 1 with absolute items', () => {
    const data = breadcrumbJsonLd(careerCrumbs({ title: 'Directeur technique', slug: 'directeur-technique' }))
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Accueil', item: 'https://reperes.example/' },
      { '@type': 'ListItem', position: 2, name: 'Métiers', item: 'https://reperes.example/metiers' },
      { '@type': 'ListItem', position: 3, name: 'Directeur technique', item: 'https://reperes.example/metiers/directeur-technique' },
    ])
  })

  it('end on the news list when there is no post', () => {
    expect(newsCrumbs().map((crumb) => crumb.path)).toEqual(['/', '/actualites'])
  })
})

describe('websiteJsonLd', () => {
  it('points its SearchAction at the search page', () => {
    expect(websiteJsonLd().potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: 'https://reperes.example/recherche?q={search_term_string}' },
    })
  })
})
