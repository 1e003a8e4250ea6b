import { describe, expect, it } from 'vitest'

import { cleanSearchQuery, highlightParts, prefixTsQuery } from '@/payload/search/searchQuery'

describe('search input', () => {
  it('drops control characters and lone surrogates, collapses spaces, caps by code point', () => {
    expect(cleanSearchQuery('  directeur\u0000\ttechnique\n ')).toBe('directeur technique')
    expect(cleanSearchQuery('\uD800abc')).toBe('abc')
    expect(cleanSearchQuery(['santé', 'autre'])).toBe('santé')
    expect(cleanSearchQuery(undefined)).toBe('')
    const emoji = cleanSearchQuery('🐝'.repeat(300))
    expect(Array.from(emoji)).toHaveLength(200)
    expect(emoji).not.toMatch(/\p{Cs}/u)
  })

  it('builds a title prefix query from words only, never from operators', () => {
    expect(prefixTsQuery('direc tech')).toBe('direc:*A & tech:*A')
    expect(prefixTsQuery("l'ingé")).toBe('l:A & ingé:*A')
    expect(prefixTsQuery('IA')).toBe('IA:A')
    expect(prefixTsQuery('a & b | !c :* <->')).toBe('a:A & b:A & c:A')
    expect(prefixTsQuery('&|!')).toBeNull()
  })

  it('splits highlighted headlines into parts React can escape', () => {
    expect(highlightParts('Le \uE000chalumeau\uE001 et <script>')).toEqual([
      { text: 'Le ', highlighted: false },
      { text: 'chalumeau', highlighted: true },
      { text: ' et <script>', highlighted: false },
    ])
  })
})
