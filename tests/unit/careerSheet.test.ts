import { describe, expect, it } from 'vitest'

import { durationLabel } from '@/payload/careers/accessRoutes'
import { careerSources } from '@/payload/careers/citedSources'
import { sourcedPayRanges, validatePayRange } from '@/payload/careers/pay'
import { alternateTitles, feminineTitle } from '@/payload/careers/titles'
import { validateWebAddress, webAddress } from '@/payload/careers/webAddress'

const SOURCED = { source: 'Apec', year: 2025 }

describe('validatePayRange', () => {
  it('accepts an empty range, a coherent one and one bound alone, each with its source and year', () => {
    expect(validatePayRange({})).toBe(true)
    expect(validatePayRange(null)).toBe(true)
    expect(validatePayRange({ min: 1900, average: 2400, max: 4500, ...SOURCED })).toBe(true)
    expect(validatePayRange({ min: 1900, ...SOURCED })).toBe(true)
  })

  it('refuses an inverted range or an average outside it', () => {
    expect(validatePayRange({ min: 5000, max: 4500, ...SOURCED })).toMatch(/maximum est inférieur au minimum/)
    expect(validatePayRange({ min: 1900, average: 1000, max: 4500, ...SOURCED })).toMatch(/inférieure au minimum/)
    expect(validatePayRange({ min: 1900, average: 5000, max: 4500, ...SOURCED })).toMatch(/dépasse le maximum/)
  })

  it('refuses a figure without a source or without a year', () => {
    expect(validatePayRange({ min: 1900, year: 2025 })).toMatch(/source/)
    expect(validatePayRange({ min: 1900, source: '  ', year: 2025 })).toMatch(/source/)
    expect(validatePayRange({ average: 2400, source: 'Apec' })).toMatch(/année/)
    // A source alone, figures not yet typed, is a draft's business; NaN (text typed in a number) is no figure.
    expect(validatePayRange({ source: 'Apec' })).toBe(true)
    expect(validatePayRange({ average: Number.NaN })).toBe(true)
  })
})

describe('sourcedPayRanges', () => {
  it('keeps only ranges with a figure, a source and a year, in reading order', () => {
    const ranges = sourcedPayRanges({
      overall: { min: 1900, average: 2400, max: 4500, ...SOURCED },
      experienced: { min: 3000, source: 'Apec' },
      beginner: { min: 1800, max: 2000, ...SOURCED },
    })
    expect(ranges.map((range) => range.name)).toEqual(['beginner', 'overall'])
    expect(sourcedPayRanges({ beginner: { source: 'Apec', year: 2025 } })).toEqual([])
    expect(sourcedPayRanges(null)).toEqual([])
  })
})

describe('careerSources', () => {
  it('lists the pay figures’ sources then the sheet’s own, each once', () => {
    const sources = careerSources({
      pay: { beginner: { min: 1800, ...SOURCED }, overall: { min: 1700, ...SOURCED }, experienced: { min: 3000, source: 'Insee', year: 2024 } },
      sources: [{ title: 'apec', year: 2025 }, { title: 'Onisep', url: 'https://www.onisep.fr' }],
    })
    expect(sources.map((source) => source.title)).toEqual(['Apec', 'Insee', 'Onisep'])
  })
})

describe('durationLabel', () => {
  it('says years when whole, months otherwise, nothing for no duration', () => {
    expect([12, 24, 36, 6, 18, 9].map(durationLabel)).toEqual(['1 an', '2 ans', '3 ans', '6 mois', '18 mois', '9 mois'])
    expect([0, -3, null, undefined, Number.NaN].map(durationLabel)).toEqual([null, null, null, null, null])
  })
})

describe('titles', () => {
  it('writes the feminine title after "ou", lowered unless an acronym, and none when it is the same word', () => {
    expect(feminineTitle({ title: 'Directeur technique', feminineTitle: 'Directrice technique' })).toBe('directrice technique')
    expect(feminineTitle({ title: 'DRH', feminineTitle: 'DRH' })).toBeNull()
    expect(feminineTitle({ title: 'Chef de projet', feminineTitle: 'CDP cheffe de projet' })).toBe('CDP cheffe de projet')
    expect(feminineTitle({ title: 'Sage-femme', feminineTitle: ' sage-femme ' })).toBeNull()
    expect(feminineTitle({ title: 'Infirmier', feminineTitle: null })).toBeNull()
  })

  it('gives structured data every other title once: feminine first, then the synonyms', () => {
    expect(alternateTitles({ title: 'Infirmier', feminineTitle: 'Infirmière', synonyms: 'IDE, infirmière, , soignant' })).toEqual(['Infirmière', 'IDE', 'soignant'])
  })
})

describe('validateWebAddress', () => {
  it('accepts empty and absolute http(s) addresses on a named host', () => {
    for (const value of [null, '', 'https://www.onisep.fr/metier', 'http://example.org', ' https://francecompetences.fr/recherche/rncp/35190/ '])
      expect(validateWebAddress(value), String(value)).toBe(true)
  })

  it('refuses addresses that would make a broken or unsafe link', () => {
    for (const value of ['onisep.fr', 'javascript:alert(1)', 'ftp://example.org/x', 'https://localhost/x', 'mailto:a@b.fr', 42])
      expect(validateWebAddress(value), String(value)).not.toBe(true)
    expect(webAddress('javascript:alert(1)')).toBeNull()
    expect(webAddress(' https://www.onisep.fr ')).toBe('https://www.onisep.fr')
  })
})
