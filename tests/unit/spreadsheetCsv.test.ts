import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { decodeSpreadsheetText, headerDelimiter, spreadsheetCsvForPlugin } from '@/payload/spreadsheets/spreadsheetCsv'
import { issueInFrench, summaryInFrench } from '@/payload/spreadsheets/issuesInFrench'

const rowsOf = (bytes: Buffer) => parse(bytes, { bom: true }) as string[][]
const latin1 = (text: string) => Buffer.from(text, 'latin1')

describe('a spreadsheet’s CSV made readable by the import plugin', () => {
  it('turns semicolons into commas, keeping quoted semicolons and commas inside cells', () => {
    const file = Buffer.from('id;title;summary\r\n7;Tonnelier;"Tonneaux, cuves ; foudres"\r\n')
    expect(rowsOf(spreadsheetCsvForPlugin(file))).toEqual([
      ['id', 'title', 'summary'],
      ['7', 'Tonnelier', 'Tonneaux, cuves ; foudres'],
    ])
  })

  it('reads Windows-1252 (Excel’s “CSV” on a French Windows): accents, œ, € and curly apostrophes', () => {
    const file = Buffer.concat([latin1('title;summary\r\n'), Buffer.from([0x8c]), latin1('nologue;'), Buffer.from([0x8c, 0x92, 0x80]), latin1(' été\r\n')])
    expect(rowsOf(spreadsheetCsvForPlugin(file))[1]).toEqual(['Œnologue', 'Œ’€ été'])
  })

  it('keeps UTF-8 as it is, with or without a BOM', () => {
    const text = 'title,summary\nÉbéniste d’art,« Bois » – 2 400 €\n'
    const expected = [['title', 'summary'], ['Ébéniste d’art', '« Bois » – 2 400 €']]
    expect(rowsOf(spreadsheetCsvForPlugin(Buffer.from(text)))).toEqual(expected)
    expect(rowsOf(spreadsheetCsvForPlugin(Buffer.from(`\uFEFF${text}`)))).toEqual(expected)
    expect(decodeSpreadsheetText(Buffer.from(`\uFEFF${text}`)).startsWith('title')).toBe(true)
  })

  it('writes the VRAI and FAUX Excel shows for booleans back as true and false, and only those exact words', () => {
    const file = Buffer.from('title;apprenticeship;note\r\nA;VRAI;Vrai\r\nB;FAUX;faux\r\n')
    expect(rowsOf(spreadsheetCsvForPlugin(file)).slice(1)).toEqual([
      ['A', 'true', 'Vrai'],
      ['B', 'false', 'faux'],
    ])
  })

  it('finds the separator on the header row only, outside quotes; a tie keeps the comma', () => {
    expect(headerDelimiter('a;b;c\n1,5;2,5;3')).toBe(';')
    expect(headerDelimiter('a,b,c\n"x;y;z;w"')).toBe(',')
    expect(headerDelimiter('"a;b",c\n')).toBe(',')
    expect(headerDelimiter('a\tb\tc\n')).toBe('\t')
    expect(headerDelimiter('title\nx;y;z\n')).toBe(',')
  })

  it('says in French which line cannot be read: a quote left open, a row with more cells than the header', () => {
    expect(() => spreadsheetCsvForPlugin(Buffer.from('title;summary\n"Tonnelier;x\n'))).toThrow(/guillemet ouvert .*n’est jamais refermé/)
    expect(() => spreadsheetCsvForPlugin(Buffer.from('title;summary\nTonnelier;Tonneaux ; cuves\n'))).toThrow(
      'Fichier CSV illisible : la ligne 2 a 3 cellules, l’en-tête n’a pas le même nombre de colonnes (un « ; » dans un texte sans guillemets ?).',
    )
  })

  it('drops rows of empty cells a spreadsheet leaves below the table', () => {
    expect(rowsOf(spreadsheetCsvForPlugin(Buffer.from('title;summary\r\nA;B\r\n;\r\n;\r\n')))).toEqual([['title', 'summary'], ['A', 'B']])
  })
})

describe('refused rows’ reasons in French', () => {
  it('says the plugin’s and the database’s English in French, leaves Payload’s French alone, and gives a CSV row its spreadsheet line', () => {
    expect(issueInFrench('Failed query: insert into "careers_rels" ("id") values (default)\nparams: 1')).toMatch(/^La base de données a refusé cette ligne/)
    expect(issueInFrench('Match field "slug" not found in document')).toBe('La colonne « slug » est vide sur cette ligne : impossible de retrouver l’élément à mettre à jour.')
    expect(issueInFrench('Document with slug="tonnelier" not found')).toMatch(/^Aucun élément dont « slug » vaut « tonnelier »/)
    expect(issueInFrench('Invalid JSON format')).toBe('Le fichier n’est pas du JSON lisible.')
    expect(issueInFrench('Le champ suivant n’est pas valide : Codes ROME')).toBe('Le champ suivant n’est pas valide : Codes ROME')
    expect(summaryInFrench({ issues: 1, issueDetails: [{ row: 2, error: 'Document not found', data: {} }] }, true)).toEqual({
      issues: 1,
      issueDetails: [{ row: 2, line: 3, error: 'Élément introuvable : rien à mettre à jour.', data: {} }],
    })
    expect(summaryInFrench({ issues: 1, issueDetails: [{ row: 2, error: 'Document not found', data: {} }] }, false).issueDetails).toEqual([
      { row: 2, error: 'Élément introuvable : rien à mettre à jour.', data: {} },
    ])
  })
})
