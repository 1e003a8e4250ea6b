import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import iconv from 'iconv-lite'

/** A CSV made readable by the plugin, and the spreadsheet row (header = 1) each of its data rows came from. */
export type PluginCsv = { csv: Buffer; rowNumbers: number[] }

/**
 * A CSV file as a spreadsheet saves it, made into what the import/export plugin reads: UTF-8,
 * comma-separated, booleans as `true`/`false`, formulas as our export protected them.
 *
 * The plugin reads UTF-8 and commas only (csv-parse with its defaults, plugin 3.90.1). A French
 * Excel saves "CSV (séparateur : point-virgule)" in Windows-1252 with `;`, and writes the
 * `true`/`false` it opened as `VRAI`/`FAUX`; LibreOffice and Google Sheets keep UTF-8 but may
 * keep `;` too. Without this, such a file reads as one column per row, its accents as `�`.
 * `isBooleanColumn` names the columns of checkbox fields: only there is `VRAI` a boolean.
 * Throws UnreadableSpreadsheet, in French, when csv-parse cannot read it.
 */
export function spreadsheetCsvForPlugin(
  bytes: Buffer,
  isBooleanColumn: (column: string) => boolean = () => false,
  isNumberColumn: (column: string) => boolean = () => false,
): PluginCsv {
  const text = decodeSpreadsheetText(bytes)
  const delimiter = headerDelimiter(text)
  let records: { record: string[]; info: { records: number } }[]
  try {
    records = parse(text, { bom: true, delimiter, skip_empty_lines: true, info: true }) as typeof records
  } catch (error) {
    throw new UnreadableSpreadsheet(error, delimiter)
  }
  const header = records[0]?.record ?? []
  // Rows of empty cells: what a spreadsheet saves below the table when cells there were formatted.
  const kept = records.slice(1).filter(({ record }) => record.some((cell) => cell.trim() !== ''))
  const cell = (value: string, index: number) => {
    const column = header[index] ?? ''
    if (isBooleanColumn(column)) return spreadsheetBoolean(value)
    if (isNumberColumn(column)) return spreadsheetNumber(value)
    return unprotectedFormula(value)
  }
  return {
    csv: Buffer.from(stringify([header, ...kept.map(({ record }) => record.map(cell))]), 'utf8'),
    rowNumbers: kept.map(({ info }) => info.records),
  }
}

/**
 * UTF-8 when the bytes are (a BOM is dropped), otherwise Windows-1252, Excel's "CSV" on a
 * French Windows. Through iconv-lite: Node 20's `TextDecoder('windows-1252')` decodes as
 * Latin-1, which turns Œ, œ, €, ’ and the other characters of 0x80–0x9F into control characters.
 */
export function decodeSpreadsheetText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return iconv.decode(bytes, 'win1252')
  }
}

/**
 * The separator of the header row: the one of `;`, `,` or tab found most often outside quotes
 * on the first line (column names hold none of them; a tie keeps the comma, the plugin's own).
 */
export function headerDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';'
  if (counts['\t'] > counts[',']) return '\t'
  return ','
}

/** Excel in French shows and saves the booleans it read as VRAI and FAUX (only these exact words). */
function spreadsheetBoolean(cell: string): string {
  if (cell === 'VRAI') return 'true'
  if (cell === 'FAUX') return 'false'
  return cell
}

/**
 * A number as French spreadsheets write it, as JavaScript reads numbers: "2 400" (spaces,
 * no-break or narrow no-break, between thousands) and "2400,5" (decimal comma). Anything else
 * is left as it is, for the field's validation to refuse: the plugin's own reading made "1 900"
 * into 1 and "2450,5" into 2450, and a page said "De 1 € à 3 200 €".
 */
export function spreadsheetNumber(cell: string): string {
  const trimmed = cell.trim()
  const match = /^(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?$/.exec(trimmed)
  if (!match) return cell
  const [, sign, whole = '', decimals] = match
  return `${sign}${whole.replace(/[ \u00a0\u202f]/g, '')}${decimals ? `.${decimals}` : ''}`
}

/** What a spreadsheet would run as a formula: `=`, `+`, `-` or `@` first (OWASP's "CSV injection"). */
const FORMULA = /^[=+\-@]/

/**
 * The apostrophe spreadsheets show as "text" before a formula (`'=…`), taken off when the file
 * comes back: what a spreadsheet kept as text is the text. (Exports do not add one: an export
 * hook would make the plugin drop the columns no row fills; left open, see the README.)
 */
const unprotectedFormula = (cell: string): string => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell)

/** Why csv-parse could not read the file, in French, with the spreadsheet row to look at. */
export class UnreadableSpreadsheet extends Error {
  constructor(cause: unknown, delimiter: string) {
    const { code, lines, records } = (cause ?? {}) as { code?: string; lines?: number; records?: number; record?: unknown[] }
    const record = (cause as { record?: unknown[] } | undefined)?.record
    const separator = delimiter === '\t' ? 'tabulation' : `« ${delimiter} »`
    // csv-parse counts the records read before the faulty one: a spreadsheet's row number, where
    // its `lines` would count the line breaks inside cells too.
    const row = typeof records === 'number' ? `ligne ${records + 1}` : lines ? `ligne ${lines}` : 'une ligne'
    const message =
      code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' || code === 'CSV_RECORD_INCONSISTENT_COLUMNS'
        ? `Fichier CSV illisible : la ${row} a ${record?.length ?? 'un autre nombre de'} cellules, l’en-tête n’a pas le même nombre de colonnes (un ${separator} dans un texte sans guillemets ?).`
        : code === 'CSV_QUOTE_NOT_CLOSED'
          ? `Fichier CSV illisible : un guillemet ouvert ${lines ? `vers la ligne ${lines} ` : ''}n’est jamais refermé.`
          : `Fichier CSV illisible${lines ? ` (vers la ligne ${lines})` : ''} : enregistrez le tableau au format CSV, séparé par des points-virgules ou des virgules.`
    super(message, { cause })
    this.name = 'UnreadableSpreadsheet'
  }
}
