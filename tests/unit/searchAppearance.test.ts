import { describe, expect, it } from 'vitest'

import { careerAppearance, characterCount, documentTitle, newsAppearance, truncateForResult } from '@/payload/seo/searchAppearance'

describe('search appearance', () => {
  it('is what the page said before the SEO fields when they are empty or blank', () => {
    const post = { title: 'Salon', excerpt: 'Chapô', heroImage: 3 }
    expect(newsAppearance(post)).toEqual({ title: 'Salon', absolute: false, description: 'Chapô', image: 3 })
    expect(newsAppearance({ ...post, meta: { title: '  ', description: '', image: null } })).toEqual({ title: 'Salon', absolute: false, description: 'Chapô', image: 3 })
    expect(documentTitle(newsAppearance(post))).toBe('Salon — Repères')
    expect(careerAppearance({ title: 'Directeur technique', summary: 'Résumé' }).title).toBe('Directeur technique : compétences, formations, salaire')
  })

  it('takes the SEO fields when filled, the title whole (no site name added)', () => {
    const meta = { title: 'Titre SEO', description: 'Description SEO', image: 9 }
    expect(newsAppearance({ title: 'Salon', excerpt: 'Chapô', heroImage: 3, meta })).toEqual({ title: 'Titre SEO', absolute: true, description: 'Description SEO', image: 9 })
    expect(careerAppearance({ title: 'Directeur technique', summary: 'Résumé', meta }).title).toBe('Titre SEO')
    expect(documentTitle(newsAppearance({ title: 'Salon', meta }))).toBe('Titre SEO')
  })

  it('cuts a result at a word before the limit, with an ellipsis, and leaves a short text alone', () => {
    expect(truncateForResult('Court', 60)).toBe('Court')
    const cut = truncateForResult('Les métiers de la maintenance industrielle recrutent des techniciens partout en France', 60)
    expect(cut).toBe('Les métiers de la maintenance industrielle recrutent des…')
    expect(characterCount(cut)).toBeLessThanOrEqual(60)
    // One long word: cut inside it rather than leave nothing.
    expect(characterCount(truncateForResult('x'.repeat(80), 60))).toBe(60)
  })

  it('counts characters as readers do: an emoji or a decomposed accent is one', () => {
    expect(characterCount('é')).toBe(1)
    expect(characterCount('e\u0301')).toBe(1)
    expect(characterCount('🎓')).toBe(1)
    expect(characterCount(null)).toBe(0)
  })
})
