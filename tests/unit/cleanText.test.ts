import { describe, expect, it } from 'vitest'

import { cleanRichText, cleanText } from '@/payload/text/cleanText'
import { withoutForbiddenCharacters } from '@/payload/text/forbiddenCharacters'
import { editorState, paragraph, text } from '@/tests/fixtures/lexical'

const C0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r'.includes(c))

describe('text as people paste it', () => {
  it.each(C0.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`, c]))('drops %s', (_name, c) => {
    expect(cleanText(`Métier${c}technique`)).toBe('Métiertechnique')
    expect(cleanText(`Métier${c}technique`, { multiline: true })).toBe('Métiertechnique')
  })

  it('drops U+FFFE, U+FFFF, C1 controls and lone surrogates, and keeps emoji whole', () => {
    expect(cleanText('a\uFFFEb\uFFFFc\u0085d\u009Fe')).toBe('abcde')
    expect(cleanText('coupé \uD83C au milieu \uDF93 et 🎓 entier')).toBe('coupé au milieu et 🎓 entier')
    expect(withoutForbiddenCharacters('👩‍🔧')).toBe('👩‍🔧')
  })

  it('composes decomposed accents, so search and slugs see one letter', () => {
    const decomposed = 'Inge\u0301nieur d\u2019e\u0301tudes'
    expect(decomposed.length).toBe(20)
    expect(cleanText(decomposed)).toBe('Ingénieur d’études')
    expect(cleanText(decomposed).length).toBe(18)
  })

  it('keeps a title on one line, trimmed, and a text area’s lines', () => {
    expect(cleanText('  Directeur\n\ttechnique  \r\n')).toBe('Directeur technique')
    expect(cleanText('Ligne 1\r\nLigne 2\rLigne 3\n', { multiline: true })).toBe('Ligne 1\nLigne 2\nLigne 3')
    expect(cleanText('   ')).toBe('')
  })

  it('keeps French typography, curly quotes, bidi marks and markup as typed', () => {
    const typed = 'Salaire : 2\u202F400\u00A0€ « brut » l’an — \u200Fفرنسا <b>x</b> ]]> &amp;'
    expect(cleanText(typed)).toBe(typed)
  })

  it('drops invisible word splitters but keeps joiners', () => {
    expect(cleanText('aide\u200B-soi\uFEFFgnant\u2060')).toBe('aide-soignant')
    expect(cleanText('👨\u200D👩\u200D👧')).toBe('👨\u200D👩\u200D👧')
  })

  it('cleans the words of a rich-text tree without touching its spacing', () => {
    const tree = editorState(paragraph(text('Un\u001D '), text(' mot\uFFFE composé : e\u0301')))
    expect(cleanRichText(tree)).toEqual(editorState(paragraph(text('Un '), text(' mot composé : é'))))
  })
})
