import { describe, expect, it } from 'vitest'

import { requestedSlugs, sharedItems, sharedPayScale, slugInAddress, startingPointsOf, studyDuration, comparedPayRanges } from '@/payload/careers/comparison'
import { routes } from '@/payload/routes'
import { foldForMatching } from '@/payload/text/foldForMatching'

const sourced = (min: number, max: number, average?: number) => ({ min, max, average, source: 'Apec', year: 2025 })

describe('the careers an address asks to compare', () => {
  it('reads commas and repeated parameters alike, trimmed, lower-cased, without duplicates or empty items', () => {
    expect(requestedSlugs('infirmier,aide-soignant')).toEqual(['infirmier', 'aide-soignant'])
    expect(requestedSlugs(['infirmier', 'aide-soignant,infirmier'])).toEqual(['infirmier', 'aide-soignant'])
    expect(requestedSlugs(' Infirmier , ,AIDE-SOIGNANT,')).toEqual(['infirmier', 'aide-soignant'])
    expect(requestedSlugs('')).toEqual([])
    expect(requestedSlugs(undefined)).toEqual([])
  })

  it('keeps what the visitor typed, known or not: the read model decides what exists', () => {
    expect(requestedSlugs('infirmier,métier inconnu')).toEqual(['infirmier', 'métier inconnu'])
  })

  it('has one address per set of careers: sorted, deduplicated, commas kept readable', () => {
    expect(routes.compare(['infirmier', 'aide-soignant', 'infirmier'])).toBe('/comparer?metiers=aide-soignant,infirmier')
    expect(routes.compare(['b', 'a'])).toBe(routes.compare(['a', 'b']))
    expect(routes.compare([])).toBe('/comparer')
    expect(routes.compare(['é,x'])).toBe('/comparer?metiers=%C3%A9%2Cx')
  })
})

describe('a career named by its slug or its address', () => {
  it('finds the slug in a pasted address, absolute or not, with a trailing slash, a query or another case', () => {
    expect(slugInAddress('https://reperes.fr/metiers/infirmier')).toBe('infirmier')
    expect(slugInAddress('http://localhost:3000/metiers/aide-soignant/?utm_source=x')).toBe('aide-soignant')
    expect(slugInAddress('/metiers/developpeur-web#salaire')).toBe('developpeur-web')
    expect(slugInAddress('  Infirmier ')).toBe('infirmier')
  })

  it('answers null for a title, which the page looks up instead, and for an undecodable escape', () => {
    expect(slugInAddress('Aide soignante')).toBeNull()
    expect(slugInAddress('Développeur web')).toBeNull()
    expect(slugInAddress('/metiers/%E9t%ZZ')).toBeNull()
  })
})

describe('what is compared', () => {
  it('gives the shortest and longest training, ignoring trainings without a duration', () => {
    const routesWith = [{ trainings: [{ durationMonths: 36 }, { durationMonths: null }] }, { trainings: [{ durationMonths: 9 }] }, { trainings: null }]
    expect(studyDuration(routesWith)).toEqual({ min: 9, max: 36 })
    expect(studyDuration([{ trainings: [{ durationMonths: null }] }])).toBeNull()
    expect(studyDuration(null)).toBeNull()
  })

  it('lists starting points in the order guidance services use, once each', () => {
    const points = startingPointsOf([{ startingPoint: 'careerChange' }, { startingPoint: 'afterBac' }, { startingPoint: 'afterBac' }, { startingPoint: null }])
    expect(points.map((point) => point.label)).toEqual(['Après le bac', 'En reconversion (adultes)'])
  })

  it('puts every career’s sourced pay on one scale, from the lowest figure to the highest', () => {
    const nurse = { beginner: sourced(1900, 2300, 2100), experienced: sourced(2500, 3200) }
    const developer = { beginner: sourced(2200, 2800), experienced: sourced(3000, 4500, 3600) }
    expect(sharedPayScale([nurse, developer])).toEqual({ low: 1900, high: 4500 })
  })

  it('leaves figures without a source or a year off the scale, as the page leaves them unsaid', () => {
    const unsourced = { beginner: { min: 900, max: 9000 } }
    expect(sharedPayScale([unsourced, { beginner: sourced(2000, 2500) }])).toEqual({ low: 2000, high: 2500 })
    expect(sharedPayScale([unsourced, null])).toBeNull()
    expect(sharedPayScale([{ overall: sourced(2000, 2000) }])).toBeNull()
  })

  it('shows a pay row for each range at least one career has', () => {
    const rows = comparedPayRanges([{ beginner: sourced(1900, 2300) }, { overall: sourced(1900, 4500, 2400) }, null])
    expect(rows.map((row) => row.name)).toEqual(['beginner', 'overall'])
  })

  it('finds items two careers share as a reader would: case, accents, spacing, apostrophes and final dots aside', () => {
    const shared = sharedItems([
      ['Écouter et rassurer', 'Travailler en équipe', 'Gérer l’œuvre.'],
      ['ecouter  et\u00a0RASSURER.', 'Respecter l’intimité', "Gérer l'oeuvre"],
      ['Coder', 'Travailler en équipe'],
    ])
    expect(shared).toEqual([
      { text: 'Écouter et rassurer', careers: [0, 1] },
      { text: 'Travailler en équipe', careers: [0, 2] },
      { text: 'Gérer l’œuvre.', careers: [0, 1] },
    ])
  })

  it('does not count an item twice for one career, nor share blank items', () => {
    expect(sharedItems([['Coder', 'coder'], ['Autre']])).toEqual([])
    expect(sharedItems([[' ', null], ['', undefined]])).toEqual([])
  })

  it('lists the items all careers share before those only some share', () => {
    const shared = sharedItems([['A', 'B'], ['B', 'A'], ['B']])
    expect(shared.map((item) => item.text)).toEqual(['B', 'A'])
  })
})

describe('text folded for matching', () => {
  it('ignores case, accents, ligatures, invisible characters and kinds of spaces and apostrophes', () => {
    expect(foldForMatching('  Gérer\u00a0l’Œuvre\u200b ﬁnale ')).toBe("gerer l'oeuvre finale")
    expect(foldForMatching('e\u0301te\u0301')).toBe('ete')
    expect(foldForMatching('Łódź, Ørsted, Đorđe')).toBe('lodz, orsted, dorde')
  })
})
