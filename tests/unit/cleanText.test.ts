import { describe, expect, it } from 'vitest'

import { cleanRichText, cleanText } from '@/payload/text/cleanText'
import { withoutForbiddenCharacters } from '@/payload/text/forbiddenCharacters'
import { editorState, paragraph, text } from '@/tests/fixtures/lexical'

// Tab, line feed, carriage return, and Word's line and page breaks (U+000B, U+000C) are line breaks.
const C0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r\u000B\u000C'.includes(c))

describe('text as people paste it', () => {
  it.each(C0.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`, c]))('drops %s', (_name, c) => {
    expect(cleanText(`Métier${c}technique`)).toBe('Métiertechnique')
    expect(cleanText(`Métier${c}technique`, { multiline: true })).toBe('Métiertechnique')
  })

  it('drops U+FFFE, U+FFFF, C1 controls and lone surrogates, and keeps emoji whole', () => {
    expect(cleanText('a\uFFFEb\uFFFFc\u0081d\u009De')).toBe('abcde')
    expect(cleanText('coupé \uD83C au milieu \uDF93 et 🎓 entier')).toBe('coupé au milieu et 🎓 entier')
    expect(withoutForbiddenCharacters('👩‍🔧')).toBe('👩‍🔧')
  })

  it('reads Windows punctuation mangled into C1 controls as the writer meant it', () => {
    expect(cleanText('l\u0092\u00e9cole co\u0096\u00e9crite \u0093entre guillemets\u0094\u0085 2\u00a0000\u00a0\u0080 \u009Cuvre')).toBe(
      'l’école co–écrite “entre guillemets”… 2\u00a0000\u00a0€ œuvre',
    )
  })

  it('composes decomposed accents, so search and slugs see one letter', () => {
    const decomposed = 'Inge\u0301nieur d\u2019e\u0301tudes'
    expect(decomposed.length).toBe(20)
    expect(cleanText(decomposed)).toBe('Ingénieur d’études')
    expect(cleanText(decomposed).length).toBe(18)
  })

  it('reads Word’s line breaks and Unicode’s separators as line breaks, never gluing words', () => {
    expect(cleanText('Ligne un\u000BLigne deux\u000CPage deux\u2028suite\u2029fin')).toBe('Ligne un Ligne deux Page deux suite fin')
    expect(cleanText('un\u000Bdeux', { multiline: true })).toBe('un\ndeux')
    expect(cleanRichText(editorState(paragraph(text('équipe\u000Bsuite'))))).toEqual(editorState(paragraph(text('équipe suite'))))
  })

  it('drops an open bidi override, which would reverse the rest of the line', () => {
    expect(cleanText('Stage \u202Eà Paris')).toBe('Stage à Paris')
  })

  it('makes text with nothing visible in it empty', () => {
    for (const blank of ['\u200D', '\u200E', '\u2800', '\u3164', '\u00AD', ' \u00A0\u3000 '])
      expect(cleanText(blank), JSON.stringify(blank)).toBe('')
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

  it('cleans link addresses of what does not show', () => {
    const link = { type: 'link', fields: { linkType: 'custom', url: ' \u200Bhttps://exemple.fr/pa\u00ADge\u200B ' }, children: [text('lien')] }
    expect(cleanRichText(editorState(paragraph(link)))).toEqual(editorState(paragraph({ ...link, fields: { linkType: 'custom', url: 'https://exemple.fr/page' } })))
  })

  it('cleans the words of a rich-text tree without touching its spacing', () => {
    const tree = editorState(paragraph(text('Un\u001D '), text(' mot\uFFFE composé : e\u0301')))
    expect(cleanRichText(tree)).toEqual(editorState(paragraph(text('Un '), text(' mot composé : é'))))
  })
})

describe('lists pasted from Word', () => {
  const nbsp = '\u00A0'
  it('become real lists, bulleted or numbered, with Word’s markers gone', () => {
    const pasted = editorState(
      paragraph(text('Avant la liste.')),
      paragraph(text(`·${nbsp.repeat(6)} Premier point`)),
      paragraph(text(`·${nbsp.repeat(6)} Second `), text('point', 1)),
      paragraph(text(`1.${nbsp.repeat(5)}Première étape`)),
      paragraph(text(`2.${nbsp.repeat(5)}Deuxième étape`)),
      paragraph(text('- Un seul tiret ne fait pas une liste')),
    )
    const cleaned = cleanRichText(pasted) as { root: { children: Record<string, unknown>[] } }
    expect(cleaned.root.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'list', 'paragraph'])
    const [, bullets, numbers] = cleaned.root.children as { listType: string; children: { children: { text: string }[] }[] }[]
    expect(bullets!.listType).toBe('bullet')
    expect(bullets!.children.map((item) => item.children.map((t) => t.text).join(''))).toEqual(['Premier point', 'Second point'])
    expect(numbers!.listType).toBe('number')
    expect(numbers!.children.map((item) => item.children[0]!.text)).toEqual(['Première étape', 'Deuxième étape'])
  })
})
