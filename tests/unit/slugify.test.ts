import { describe, expect, it } from 'vitest'

import { isValidSlug, slugify } from '@/payload/fields/slugify'

describe('slugify', () => {
  it.each([
    ["Ingénieur d'études", 'ingenieur-d-etudes'],
    ['Chef d’œuvre', 'chef-d-oeuvre'],
    ['Curriculum vitæ', 'curriculum-vitae'],
    ['  Métiers de la SANTÉ !  ', 'metiers-de-la-sante'],
    ['Bac +5 : où aller ?', 'bac-5-ou-aller'],
    ['Ça, c’est Noël à Zürich', 'ca-c-est-noel-a-zurich'],
    ['15ᵉ édition', '15-edition'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('keeps every letter of accented words, unlike the default slugify', () => {
    expect(slugify('Métiers')).toBe('metiers')
  })

  it('returns an empty slug for text with no letter or digit', () => {
    expect(slugify('!!! — ???')).toBe('')
    expect(slugify('🎓')).toBe('')
  })

  it('caps the length without leaving a trailing dash', () => {
    const slug = slugify(`${'mot '.repeat(60)}fin`)
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
    expect(isValidSlug(slug)).toBe(true)
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
