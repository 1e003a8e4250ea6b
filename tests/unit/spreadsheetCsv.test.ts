import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { decodeSpreadsheetText, headerDelimiter, spreadsheetCsvForPlugin, spreadsheetNumber } from '@/payload/spreadsheets/spreadsheetCsv'
import { issueInFrench, summaryInFrench } from '@/payload/spreadsheets/issuesInFrench'

const rowsOf = ({ csv }: { csv: Buffer }) => parse(csv, { bom: true }) as string[][]
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

  it('writes the VRAI and FAUX Excel shows for booleans back as true and false, in checkbox columns only and only those exact words', () => {
    const file = Buffer.from('title;accessRoutes_0_trainings_0_apprenticeship;note\r\nVRAI;VRAI;Vrai\r\nB;FAUX;faux\r\n')
    const isBoolean = (column: string) => column.endsWith('_apprenticeship')
    expect(rowsOf(spreadsheetCsvForPlugin(file, isBoolean)).slice(1)).toEqual([
      ['VRAI', 'true', 'Vrai'],
      ['B', 'false', 'faux'],
    ])
  })

  it('reads numbers as French spreadsheets write them, in number columns only, and leaves anything else for validation', () => {
    expect(['1 900', '2\u00a0400', '12\u202f345 678', '2450,5', '-3,25', '2400', '2 40', '1 900 €', 'abc', '1.900'].map(spreadsheetNumber)).toEqual([
      '1900',
      '2400',
      '12345678',
      '2450.5',
      '-3.25',
      '2400',
      '2 40',
      '1 900 €',
      'abc',
      '1.900',
    ])
    const file = Buffer.from('title;pay_overall_average\r\n1 900;2 400\r\n')
    expect(rowsOf(spreadsheetCsvForPlugin(file, undefined, (column) => column.endsWith('_average')))[1]).toEqual(['1 900', '2400'])
  })

  it('takes off the apostrophe a spreadsheet keeps before a formula typed as text, and only there', () => {
    const file = Buffer.from('title;summary\r\n"\'=HYPERLINK(""x"")";l\'avenir\r\n')
    expect(rowsOf(spreadsheetCsvForPlugin(file))[1]).toEqual(['=HYPERLINK("x")', "l'avenir"])
  })

  it('numbers each row as the spreadsheet does: a cell on two lines is one row, empty rows left out keep the next ones’ numbers', () => {
    const file = Buffer.from('title;summary\r\nA;"deux\r\nlignes"\r\n;\r\nB;b\r\n')
    const read = spreadsheetCsvForPlugin(file)
    expect(rowsOf(read).slice(1)).toEqual([
      ['A', 'deux\r\nlignes'],
      ['B', 'b'],
    ])
    expect(read.rowNumbers).toEqual([2, 4])
    expect(() => spreadsheetCsvForPlugin(Buffer.from('title;summary\r\nA;"deux\r\nlignes"\r\nB;b;c\r\n'))).toThrow(/la ligne 3 a 3 cellules/)
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
    expect(summaryInFrench({ issues: 1, issueDetails: [{ row: 2, error: 'Document not found', data: {} }] }, (row) => [2, 5][row - 1])).toEqual({
      issues: 1,
      issueDetails: [{ row: 2, line: 5, error: 'Élément introuvable : rien à mettre à jour.', data: {} }],
    })
    expect(summaryInFrench({ issues: 1, issueDetails: [{ row: 2, error: 'Document not found', data: {} }] }).issueDetails).toEqual([
      { row: 2, error: 'Élément introuvable : rien à mettre à jour.', data: {} },
    ])
  })
})
