import { importExportPlugin } from '@payloadcms/plugin-import-export'
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'

import { isEditor } from '@/payload/access/isEditor'
import { isStaff } from '@/payload/access/isStaff'
import { filesBesideMedia } from '@/payload/media/filesBesideMedia'
import { revalidateTags } from '@/payload/hooks/revalidateTags'

import { assertSpreadsheetCollection, staffEndpoint } from './endpoints'
import { spreadsheetFormFields } from './formFields'
import { IMPORT_TRANSACTION, importTransactionBack, MATCHING, matchingOf, prepareRows } from './importRows'
import { summaryInFrench } from './issuesInFrench'
import { spreadsheetCsvForPlugin, UnreadableSpreadsheet } from './spreadsheetCsv'
import { SPREADSHEET_IMPORT } from './spreadsheetRowsAsDrafts'

/** `req.context` key: the spreadsheet row of each data row of the file being imported. */
const ROW_NUMBERS = 'spreadsheetRowNumbers'

const isCsvName = (name: string | undefined) => /\.csv$/i.test(name ?? '')

/** The names of a collection's fields of one type, at any depth: checkboxes (where VRAI is a boolean), numbers (where "2 400" is 2400). */
const fieldNames = (type: 'checkbox' | 'number', fields: Field[], names = new Set<string>()) => {
  for (const field of fields) {
    if (field.type === type) names.add(field.name)
    if ('fields' in field && Array.isArray(field.fields)) fieldNames(type, field.fields, names)
    if (field.type === 'tabs') for (const tab of field.tabs) fieldNames(type, tab.fields, names)
  }
  return names
}

/** A column's field: the last part of its name (`pay_overall_average` → `average`). */
const columnOf = (names: Set<string>) => (column: string) => names.has(column.split('_').pop() ?? '')

/** The CSV of a careers or news file as the plugin reads it (spreadsheetCsv.ts), or a 400 in French. */
const readCollectionCsv = (req: PayloadRequest, collection: unknown, bytes: Buffer) => {
  const { fields } = req.payload.collections[collection as CollectionSlug].config
  return readableCsv(bytes, columnOf(fieldNames('checkbox', fields)), columnOf(fieldNames('number', fields)))
}

/**
 * Before the plugin reads an uploaded file: a CSV saved by a French spreadsheet becomes what it
 * reads (spreadsheetCsv.ts), whatever type the browser gave it (Chrome on Windows sends Excel's
 * `application/vnd.ms-excel` for `.csv`); a refused file answers 400 before anything is saved.
 * The rows' saves then follow spreadsheetRowsAsDrafts and importRows.ts, and the site's cache is
 * expired once, at the end (`deferredTags`).
 */
const readSpreadsheetUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const data = args.data as { collectionSlug?: unknown; importMode?: unknown; matchField?: unknown } | undefined
  assertSpreadsheetCollection(data?.collectionSlug)
  const { file } = req
  if (file && isCsvName(file.name)) {
    const { csv, rowNumbers } = readCollectionCsv(req, data?.collectionSlug, file.data)
    if (rowNumbers.length === 0) throw new APIError('Le fichier ne contient aucune ligne à importer sous son en-tête : rien n’a été importé.', 400, undefined, true)
    file.data = csv
    file.size = csv.length
    file.mimetype = 'text/csv'
    req.context[ROW_NUMBERS] = rowNumbers
  } else if (file && isEmptyJsonList(file.data)) throw new APIError('Le fichier ne contient aucun élément à importer : rien n’a été importé.', 400, undefined, true)
  req.context[SPREADSHEET_IMPORT] = true
  req.context[IMPORT_TRANSACTION] = req.transactionID
  req.context[MATCHING] = matchingOf(data)
  req.context.deferredTags = new Set<string>()
  return args
}

const isEmptyJsonList = (bytes: Buffer) => {
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'))
    return Array.isArray(parsed) && parsed.length === 0
  } catch {
    return false // the plugin says the file is not JSON
  }
}

/** The file as the plugin reads it, or a 400 saying in French why it cannot be read. */
const readableCsv = (bytes: Buffer, isBooleanColumn?: (column: string) => boolean, isNumberColumn?: (column: string) => boolean) => {
  try {
    return spreadsheetCsvForPlugin(bytes, isBooleanColumn, isNumberColumn)
  } catch (error) {
    if (error instanceof UnreadableSpreadsheet) throw new APIError(error.message, 400, undefined, true)
    throw error
  }
}

/** The spreadsheet row a refused row is on, when the file was a CSV read here. */
const rowNumberIn = (req: PayloadRequest) => {
  const numbers = req.context[ROW_NUMBERS]
  return Array.isArray(numbers) ? (row: number) => numbers[row - 1] as number | undefined : undefined
}

/** Refused rows' reasons in French, with their spreadsheet rows, in what is stored and in what the creation answers. */
const reportInFrench: CollectionBeforeChangeHook = ({ data, req }) => (data.summary ? { ...data, summary: summaryInFrench(data.summary, rowNumberIn(req)) } : data)
const answerInFrench: CollectionAfterChangeHook = ({ doc, req }) => (doc.summary ? { ...doc, summary: summaryInFrench(doc.summary, rowNumberIn(req)) } : doc)

/** Once the rows are saved: one expiry of what they changed, and the request no longer an import. */
const endOfImport: CollectionAfterChangeHook = ({ req }) => {
  const tags = req.context.deferredTags
  if (tags instanceof Set && tags.size > 0) revalidateTags(tags as Set<string>)
  for (const key of ['deferredTags', SPREADSHEET_IMPORT, MATCHING, IMPORT_TRANSACTION]) req.context[key] = undefined
}

/**
 * An export always has its `id` column: the plugin's default columns are the list's visible
 * ones, without it, and a file without ids imported back "by id" would make every row a new
 * draft. Nor may an export's creation name an id: the plugin would write its file over that
 * export's (with `overrideAccess`), whoever made it.
 */
const withId = (data: Record<string, unknown> | undefined) => {
  if (!data) return
  delete data.id
  if (Array.isArray(data.fields) && data.fields.length > 0 && !data.fields.includes('id')) data.fields = ['id', ...data.fields]
}

const exportOfCareersOrNews: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create') return args
  assertSpreadsheetCollection((args.data as { collectionSlug?: unknown } | undefined)?.collectionSlug)
  withId(args.data as Record<string, unknown> | undefined)
  return args
}

const staffOnly = (collection: CollectionConfig, labels: CollectionConfig['labels'], dir: string): CollectionConfig => ({
  ...collection,
  labels,
  access: { ...collection.access, read: isStaff, create: isStaff, delete: isEditor },
  admin: { ...collection.admin, group: 'Administration' },
  fields: spreadsheetFormFields(collection.fields),
  upload: typeof collection.upload === 'object' ? { ...collection.upload, staticDir: filesBesideMedia(dir) } : collection.upload,
})

const spreadsheetCollection = (slug: 'careers' | 'news') => ({
  slug,
  // No export hook: with one, the plugin (3.90.1) keeps only the columns some row fills, and an
  // editor could not fill in a field no career has yet.
  export: { disableJobsQueue: true },
  import: { disableJobsQueue: true, defaultVersionStatus: 'draft' as const, hooks: { before: prepareRows(slug), after: importTransactionBack } },
})

/**
 * CSV and JSON export and import of careers and news from their admin lists (Payload's
 * import/export plugin). Both run within the request (no job): the editor sees the report as
 * soon as the file is read, kept in "Imports" with the rows refused and why. Each row is saved
 * on its own, in its own transaction, with the editor's access (the plugin's `overrideAccess:
 * false`): a refused row leaves nothing behind and does not stop the others.
 */
export const spreadsheets = importExportPlugin({
  collections: [spreadsheetCollection('careers'), spreadsheetCollection('news')],
  overrideExportCollection: ({ collection }) => {
    const base = staffOnly(collection, { singular: 'Export', plural: 'Exports' }, 'exports')
    return {
      ...base,
      endpoints: Array.isArray(base.endpoints) ? base.endpoints.map((endpoint) => staffEndpoint(endpoint, (body) => (withId(body), withId(body.data)))) : base.endpoints,
      hooks: { ...base.hooks, beforeOperation: [exportOfCareersOrNews, ...(base.hooks?.beforeOperation ?? [])] },
    }
  },
  overrideImportCollection: ({ collection }) => {
    const base = staffOnly(collection, { singular: 'Import', plural: 'Imports' }, 'imports')
    return {
      ...base,
      endpoints: Array.isArray(base.endpoints)
        ? base.endpoints.map((endpoint) =>
            staffEndpoint(endpoint, (body, req) => {
              if (typeof body.fileData !== 'string' || body.format !== 'csv') return
              body.fileData = readCollectionCsv(req, body.collectionSlug, Buffer.from(body.fileData, 'base64')).csv.toString('base64')
            }),
          )
        : base.endpoints,
      hooks: {
        ...base.hooks,
        beforeOperation: [readSpreadsheetUpload, ...(base.hooks?.beforeOperation ?? [])],
        beforeChange: [...(base.hooks?.beforeChange ?? []), reportInFrench],
        afterChange: [...(base.hooks?.afterChange ?? []), answerInFrench, endOfImport],
      },
    }
  },
})
