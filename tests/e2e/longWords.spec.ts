import { expect, test } from '@playwright/test'

import { customLink, editorState, heading, internalLink, list, listItem, paragraph, relationship, text } from '@/tests/fixtures/lexical'
import { adminToken, contentApi, expectAccessible, WIDTHS } from './helpers'

// Content as people paste it: long unbroken words (addresses, hashtags, compound words) in
// every field a template shows. No public template may scroll sideways on a 375 px phone.

const URL_WORD = 'https://www.parcoursup.gouv.fr/calendrier-de-la-procedure-2026-phase-principale-et-phase-complementaire'
const LONG = (prefix: string) => `${prefix}${'Ingénierie'.repeat(9)}`
const stamp = Date.now()
const OLD = '2020-01-07T09:00:00.000Z'

let api: ReturnType<typeof contentApi>
type Doc = { id: number; slug: string; title: string }
const made = {} as Record<'sector' | 'related' | 'career' | 'post', Doc>

test.beforeAll(async ({ request }) => {
  api = contentApi(await adminToken(request))
  made.sector = await api.create(request, 'sectors', { title: `${LONG('Secteur')} ${stamp}`, description: `${URL_WORD} ${LONG('Présentation')}` })
  made.related = await api.create(request, 'careers', { title: `${LONG('Proche')} ${stamp}`, summary: URL_WORD, sectors: [made.sector.id], _status: 'published' })
  made.career = await api.create(request, 'careers', {
    title: `${LONG('Métier')} ${stamp}`,
    synonyms: LONG('Synonyme'),
    summary: `${URL_WORD} ${LONG('Chapô')}`,
    skills: [{ skill: URL_WORD }, { skill: LONG('Compétence') }],
    missions: [{ mission: LONG('Mission') }],
    feminineTitle: `${LONG('Métière')} ${stamp}`,
    interests: ['helping', 'computing'],
    accessRoutes: [
      {
        startingPoint: 'afterBac',
        bacs: ['general', 'sti2d', 'stl', 'stmg', 'st2s', 'std2a', 'stav', 'sthr', 's2tmd', 'pro'],
        note: URL_WORD,
        trainings: [{ title: LONG('Formation'), level: 'bac5', durationMonths: 60, apprenticeship: true, officialUrl: URL_WORD, details: URL_WORD }],
      },
    ],
    workingConditions: { hours: URL_WORD, places: ['office', 'homes', 'remote'], travel: 'frequent', details: LONG('Condition') },
    prospects: { outlook: URL_WORD, hiringSectors: [LONG('Employeur'), 'Hôpitaux'], progression: LONG('Évolution') },
    educationLevel: 'bac5',
    pay: {
      beginner: { min: 1900, max: 2300, year: 2025, source: LONG('Source'), sourceUrl: URL_WORD },
      overall: { min: 1900, average: 2400, max: 4500, year: 2025, source: URL_WORD },
    },
    sources: [{ title: LONG('Source'), year: 2025, url: URL_WORD }, { title: URL_WORD }],
    romeCodes: ['H1206'],
    sectors: [made.sector.id],
    relatedCareers: [made.related.id],
    content: editorState(
      heading('h2', LONG('Titre')),
      paragraph(text(URL_WORD), customLink(URL_WORD, URL_WORD)),
      list('bullet', [listItem([text(LONG('Point'))])]),
      relationship('careers', made.related.id),
    ),
    _status: 'published',
  })
  made.post = await api.create(request, 'news', {
    title: `${URL_WORD} ${stamp}`,
    excerpt: `${LONG('Chapô')} ${URL_WORD}`,
    publishedAt: OLD,
    sectors: [made.sector.id],
    relatedCareers: [made.career.id],
    content: editorState(paragraph(text(LONG('Mot'))), paragraph(internalLink('careers', made.career.id, LONG('Lien')))),
    _status: 'published',
  })
})

test.afterAll(async ({ request }) => {
  await api.removeAll(request)
})

const TEMPLATES: [name: string, path: () => string][] = [
  ['home', () => '/'],
  ['career list', () => '/metiers'],
  ['career sheet', () => `/metiers/${made.career.slug}`],
  ['related career sheet', () => `/metiers/${made.related.slug}`],
  ['news list', () => '/actualites'],
  ['news post', () => `/actualites/${made.post.slug}`],
  ['sector', () => `/secteurs/${made.sector.slug}`],
  ['search results', () => `/recherche?q=${encodeURIComponent('ingénierie')}`],
  ['search for an address', () => `/recherche?q=${encodeURIComponent(URL_WORD)}`],
  ['subscription', () => '/abonnement'],
  ['404', () => '/metiers/cette-page-n-existe-pas'],
]

for (const [name, path] of TEMPLATES) {
  test(`the ${name} holds the longest words at 375 px without sideways scroll, accessibly`, async ({ page }) => {
    await expectAccessible(page, path())
    await page.setViewportSize(WIDTHS.phone)
    await page.goto(path())
    // Nothing sticks out of the viewport, inner scroll containers included.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5),
    )
    expect(overflowing).toEqual([])
  })
}
