// The parameters a client may give a read (REST query string, GraphQL arguments), checked
// before Payload uses them: a client's mistake is a 400 with a message, never a 500 from the
// database (a negative OFFSET, a JSON `where` that is not JSON). Pure: nothing but Payload's
// list of operators.
import { validOperatorSet } from 'payload/shared'

/** Documented bounds: beyond them a request is refused, not clamped. */
export const MAX_PAGE = 100_000
export const MAX_LIMIT = 1_000

export type Language = 'fr' | 'en'
export type ReadProblem = { parameter: string; message: Record<Language, string> }

export const problem = (parameter: string, fr: string, en: string): ReadProblem => ({ parameter, message: { fr, en } })

const BOOLEAN_PARAMETERS = ['draft', 'pagination', 'trash', 'autosave', 'overrideLock', 'flattenLocales', 'publishAllLocales', 'unpublishAllLocales']

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const FRENCH_PAGE = MAX_PAGE.toLocaleString('fr-FR')
const FRENCH_LIMIT = MAX_LIMIT.toLocaleString('fr-FR')

const wholeNumber = (value: unknown): number | null =>
  typeof value === 'number' ? (Number.isSafeInteger(value) ? value : null) : typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : null

/** A problem with a page, limit or depth, however it arrived (text or number). */
export const numberProblem = (name: 'page' | 'limit' | 'depth', value: unknown): ReadProblem | null => {
  if (value === undefined || value === null || value === '') return null
  const n = wholeNumber(value)
  if (name === 'page' && (n === null || n < 1 || n > MAX_PAGE))
    return problem('page', `Le paramètre « page » doit être un nombre entier de 1 à ${FRENCH_PAGE}.`, `The "page" parameter must be a whole number from 1 to ${MAX_PAGE}.`)
  if (name === 'limit' && (n === null || n < 0 || n > MAX_LIMIT))
    return problem('limit', `Le paramètre « limit » doit être un nombre entier de 0 à ${FRENCH_LIMIT}.`, `The "limit" parameter must be a whole number from 0 to ${MAX_LIMIT}.`)
  if (name === 'depth' && (n === null || n < 0))
    return problem('depth', 'Le paramètre « depth » doit être un nombre entier positif ou nul.', 'The "depth" parameter must be a whole number, zero or more.')
  return null
}

/** The first condition of a `where` tree that is not shaped like one (operators are checked
 * against their fields later, where the fields are known: adapterLimits.ts). */
const whereProblem = (where: unknown, depth = 0): ReadProblem | null => {
  if (depth > 20) return problem('where', 'Le filtre « where » est trop imbriqué.', 'The "where" filter is nested too deeply.')
  if (!isPlainObject(where)) return problem('where', 'Le filtre « where » doit être un objet.', 'The "where" filter must be an object.')
  for (const [key, value] of Object.entries(where)) {
    // GraphQL spells them AND and OR; the database adapter reads either.
    if (/^(and|or)$/i.test(key)) {
      const branches = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : null
      if (!branches) return problem('where', `« ${key} » doit être une liste de filtres.`, `"${key}" must be a list of filters.`)
      // `where[or][]=` reached a bulk delete as "no condition", and deleted everything.
      if (!branches.length) return problem('where', `« ${key} » ne peut pas être une liste vide.`, `"${key}" cannot be an empty list.`)
      for (const branch of branches) {
        const found = whereProblem(branch, depth + 1)
        if (found) return found
      }
    } else if (!isPlainObject(value) || Object.keys(value).length === 0) {
      return problem('where', `Le filtre sur « ${key} » doit indiquer un opérateur (ex. « equals »).`, `The filter on "${key}" must name an operator (e.g. "equals").`)
    } else {
      // An unknown operator is dropped by the adapter, and the filter then matches everything
      // (a bulk delete with it deletes the whole collection).
      const unknown = Object.keys(value).find((operator) => !validOperatorSet.has(operator as never))
      if (unknown)
        return problem('where', `« ${unknown} » n’est pas un opérateur de filtre (filtre sur « ${key} ») : equals, in, like, greater_than…`, `"${unknown}" is not a filter operator (filter on "${key}"): equals, in, like, greater_than…`)
      if ('exists' in value && !['true', 'false', true, false].includes(value.exists as never))
        return problem('where', `« exists » vaut « true » ou « false » (filtre sur « ${key} »).`, `"exists" is "true" or "false" (filter on "${key}").`)
    }
  }
  return null
}

/** Field names, with "-" for descending order: "title", "-publishedAt,title". */
const SORT = /^-?[A-Za-z_][A-Za-z0-9_.]*$/

/** `select` and `populate` hold fields set to true or false, at any depth. */
const selectionProblem = (name: string, value: unknown, depth = 0): ReadProblem | null => {
  if (depth > 10 || !isPlainObject(value))
    return problem(name, `Le paramètre « ${name} » doit lister des champs (ex. « ${name}[title]=true »).`, `The "${name}" parameter must list fields (e.g. "${name}[title]=true").`)
  for (const inner of Object.values(value)) {
    if (['true', 'false', true, false].includes(inner as never)) continue
    const found = selectionProblem(name, inner, depth + 1)
    if (found) return found
  }
  return null
}

/**
 * The first mistake in a read's parameters as `qs` parsed them from the query string (or as
 * GraphQL passed them), or null. Unknown parameters are left alone; `locale` is ignored (the
 * site has one language).
 */
export const readProblem = (query: Record<string, unknown>): ReadProblem | null => {
  for (const name of ['page', 'limit', 'depth'] as const) {
    const value = query[name]
    if (Array.isArray(value) || isPlainObject(value))
      return problem(name, `Le paramètre « ${name} » ne peut être donné qu’une fois, comme un nombre.`, `The "${name}" parameter may be given once, as a number.`)
    const found = numberProblem(name, value)
    if (found) return found
  }
  for (const name of BOOLEAN_PARAMETERS) {
    const value = query[name]
    if (value !== undefined && !['true', 'false', true, false].includes(value as never))
      return problem(name, `Le paramètre « ${name} » vaut « true » ou « false ».`, `The "${name}" parameter is "true" or "false".`)
  }
  if (query.where !== undefined) {
    let where = query.where
    if (typeof where === 'string') {
      try {
        where = JSON.parse(where)
      } catch {
        return problem('where', 'Le filtre « where » n’est pas du JSON valide.', 'The "where" filter is not valid JSON.')
      }
    }
    const found = whereProblem(where)
    if (found) return found
  }
  if (query.sort !== undefined) {
    // Stray commas and spaces ("title,", " title") are harmless: Payload skips them.
    const parts = (Array.isArray(query.sort) ? query.sort : [query.sort])
      .flatMap((part) => (typeof part === 'string' ? part.split(',').map((one) => one.trim()) : [part]))
      .filter((part) => part !== '')
    if (parts.some((part) => typeof part !== 'string' || !SORT.test(part)))
      return problem('sort', 'Le paramètre « sort » liste des noms de champs, avec « - » pour l’ordre décroissant (ex. « -publishedAt »).', 'The "sort" parameter lists field names, with "-" for descending order (e.g. "-publishedAt").')
  }
  // Payload parses `data` as JSON, unguarded.
  if (typeof query.data === 'string') {
    try {
      JSON.parse(query.data)
    } catch {
      return problem('data', 'Le paramètre « data » n’est pas du JSON valide.', 'The "data" parameter is not valid JSON.')
    }
  }
  for (const name of ['select', 'populate']) {
    if (query[name] === undefined) continue
    const found = selectionProblem(name, query[name])
    if (found) return found
  }
  return null
}
