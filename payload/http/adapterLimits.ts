import { buildVersionCollectionFields, type FlattenedField, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

import { isPlainObject, problem, type ReadProblem } from './readParameters'

// What the PostgreSQL adapter can run, measured on @payloadcms/db-postgres 3.90 (its query
// builder: node_modules/@payloadcms/drizzle/dist/queries/). Payload checks that a path exists,
// not that the adapter can run what is asked of it; each case below was a 500 from SQL:
// - `like`, `not_like` and `contains` become ILIKE, which PostgreSQL has only for text (on a
//   date, a number, a select's enum or JSON: "operator does not exist"), except where the
//   adapter rewrites them (drizzle/dist/queries/parseParams.js, sanitizeQueryValue.js): `like`
//   on a number or a relationship is `equals`; `contains` on a has-many relationship or select
//   is `equals` on each row, and with a nested `where` it filters the related documents;
// - `all` is not implemented (its SQL is cut short: a syntax error);
// - the geographic operators need a point field;
// - a relationship to several collections is compared only as { relationTo, value } with
//   `equals` (otherwise "Not supported", "Only 'equals' operator is supported", or a lookup of
//   an unknown collection);
// - sorting by a field inside an array groups the rows, and then every other sort key must be
//   a column of the document's own table or inside an array too (a key through a relationship
//   or a has-many field: "must appear in the GROUP BY clause").
// - a date or a number that is not one (`greater_than=demain`) is dropped by Payload, silently:
//   the filter then matches nothing, where the client meant something; an id list holding
//   "null" becomes `in $1`, a syntax error;
// - `like` splits its text on spaces: anything but text (a list, a number from JSON) fails;
// - paths inside a rich text field become JSON path queries that fail on most values (JSON
//   fields' paths work, and Payload's jobs query them);
// - on a relationship to several collections, `value` takes `equals`, or `in` with a list (a
//   single text without a comma becomes `in $1`, a syntax error).
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
const COMPARISONS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LISTS = new Set(['in', 'not_in'])
const MATCHES_BY_ID = new Set(['number', 'relationship', 'upload'])
const LINKS = new Set(['relationship', 'upload'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const OPAQUE = new Set(['richText'])

// Dates count as one value: our own code compares with Date objects.
const isScalar = (value: unknown) => value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)
const isNothing = (value: unknown) => value === null || value === '' || value === 'null'
const isNumber = (value: unknown) => (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
const isDate = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())

/** The values a condition compares with: a list's items (Payload splits text on commas). */
const valuesOf = (operator: string, value: unknown): unknown[] =>
  LISTS.has(operator) ? (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]) : [value]

/** Whether the adapter can run a text operator on this field (see above). */
const textOperatorRuns = (operator: string, type: string, field: FlattenedField | undefined, value: unknown) => {
  if (TEXT_TYPES.has(type)) return operator === 'contains' ? typeof value === 'string' || (Array.isArray(value) && hasMany(field)) : typeof value === 'string'
  if (operator === 'like') return MATCHES_BY_ID.has(type)
  if (operator === 'contains') return (hasMany(field) && (LINKS.has(type) || type === 'select')) || (LINKS.has(type) && isPlainObject(value))
  return false
}

const hasMany = (field: FlattenedField | undefined) => Boolean(field && 'hasMany' in field && field.hasMany)

/** A path resolved: the fields it goes through, and what is left after an opaque field. */
export type Resolved = { steps: FlattenedField[]; rest: string[] }
/** Resolves a path, or null when it names no field. */
export type Resolve = (path: string) => Resolved | null

// Built once per collection: the fields of its versions do not change while the server runs.
const versionFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()

/** Resolves paths in a collection's documents, or in its versions (`version.title`, `parent`). */
export const pathResolver = (config: SanitizedConfig, collection: SanitizedCollectionConfig, versions: boolean): Resolve => {
  if (versions && !versionFields.has(collection)) versionFields.set(collection, buildVersionCollectionFields(config, collection, true))
  const root = versions ? versionFields.get(collection)! : collection.flattenedFields
  return (path) => {
    const steps: FlattenedField[] = []
    const segments = path.split('.')
    let fields = root
    for (let index = 0; index < segments.length; index++) {
      const field = fields.find((candidate) => candidate.name === segments[index])
      // `id` is a column, not a field: the path names the document (or related document) itself.
      if (!field) return segments[index] === 'id' && index === segments.length - 1 ? { steps, rest: [] } : null
      steps.push(field)
      if (OPAQUE.has(field.type) || polymorphic(field)) return { steps, rest: segments.slice(index + 1) }
      if ('flattenedFields' in field) fields = field.flattenedFields
      else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
        const target = field.relationTo
        fields = config.collections.find((c) => c.slug === target)?.flattenedFields ?? []
      } else fields = []
    }
    return { steps, rest: [] }
  }
}

const polymorphic = (field: FlattenedField | undefined) =>
  (field?.type === 'relationship' || field?.type === 'upload') && Array.isArray(field.relationTo) ? (field.relationTo as string[]) : null

const conditionProblem = (path: string, operator: string, value: unknown, resolved: Resolved | null): ReadProblem | null => {
  if (operator === 'all')
    return problem('where', `L’opérateur « all » n’est pas pris en charge (filtre sur « ${path} ») : utilisez « in ».`, `The "all" operator is not supported (filter on "${path}"): use "in".`)
  // Unknown paths are Payload's to refuse (a QueryError naming them).
  if (!resolved) return null
  const { steps, rest } = resolved
  const leaf = steps.at(-1)
  const targets = polymorphic(leaf)
  if (leaf && OPAQUE.has(leaf.type) && rest.length)
    return problem('where', `On ne filtre pas à l’intérieur de « ${leaf.name} » (${leaf.type}).`, `Filtering inside "${leaf.name}" (${leaf.type}) is not supported.`)
  if (targets) {
    const base = path.slice(0, path.length - (rest.length ? rest.join('.').length + 1 : 0))
    const refused = problem(
      'where',
      `« ${base} » relie plusieurs collections : filtrez avec « equals » sur « ${base}.value » et « ${base}.relationTo », ou avec « equals » à { relationTo, value }.`,
      `"${base}" links several collections: filter with "equals" on "${base}.value" and "${base}.relationTo", or with "equals" to { relationTo, value }.`,
    )
    if (rest.length === 0) {
      const single = isPlainObject(value) && typeof value.relationTo === 'string' && targets.includes(value.relationTo) && 'value' in value && isScalar(value.value) && !isNothing(value.value)
      return single && operator === 'equals' ? null : refused
    }
    if (rest.join('.') === 'value') {
      if (operator === 'equals' && isScalar(value) && !isNothing(value)) return null
      const list = Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.includes(',')
      if ((operator === 'in' || operator === 'not_in') && list && valuesOf(operator, value).every((one) => isScalar(one) && !isNothing(one))) return null
      return refused
    }
    return rest.join('.') === 'relationTo' ? null : refused
  }
  const type = leaf ? leaf.type : 'number' // the document's own id
  const textOperator = operator === 'like' || operator === 'not_like' || operator === 'contains'
  if (textOperator && TEXT_TYPES.has(type) && !textOperatorRuns(operator, type, leaf, value))
    return problem('where', `« ${operator} » attend du texte (filtre sur « ${path} »).`, `"${operator}" expects text (filter on "${path}").`)
  if ((textOperator && !textOperatorRuns(operator, type, leaf, value)) || (GEO_OPERATORS.has(operator) && type !== 'point'))
    return problem(
      'where',
      `L’opérateur « ${operator} » ne s’applique pas au champ « ${path} » (${type}) : utilisez « equals », « in » ou une comparaison.`,
      `The "${operator}" operator does not apply to the "${path}" field (${type}): use "equals", "in" or a comparison.`,
    )
  if (LISTS.has(operator) && !(Array.isArray(value) ? value.every(isScalar) : isScalar(value)))
    return problem('where', `« ${operator} » attend une liste de valeurs (filtre sur « ${path} »).`, `"${operator}" expects a list of values (filter on "${path}").`)
  if (COMPARISONS.has(operator) && !isScalar(value) && !(LINKS.has(type) && isPlainObject(value)))
    return problem('where', `« ${operator} » attend une seule valeur (filtre sur « ${path} »).`, `"${operator}" expects a single value (filter on "${path}").`)
  const compared = COMPARISONS.has(operator) || LISTS.has(operator) || (operator === 'like' && MATCHES_BY_ID.has(type))
  if (compared) {
    const values = valuesOf(operator, value).filter((one) => isScalar(one))
    // "Is empty" is `equals=null`; a list of ids cannot hold it.
    const wrong = values.find((one) =>
      isNothing(one) ? LISTS.has(operator) && MATCHES_BY_ID.has(type) : type === 'date' ? !isDate(one) : MATCHES_BY_ID.has(type) ? !isNumber(one) : false,
    )
    if (wrong !== undefined)
      return type === 'date'
        ? problem(
            'where',
            `« ${String(wrong)} » n’est pas une date (filtre sur « ${path} ») : écrivez-la AAAA-MM-JJ, avec l’heure au besoin (2025-11-20T09:00:00Z).`,
            `"${String(wrong)}" is not a date (filter on "${path}"): write it YYYY-MM-DD, with the time if needed (2025-11-20T09:00:00Z).`,
          )
        : problem('where', `« ${String(wrong)} » n’est pas un nombre (filtre sur « ${path} »).`, `"${String(wrong)}" is not a number (filter on "${path}").`)
  }
  return null
}

/** The first condition of a `where` the adapter cannot run, or null. Walks iteratively. */
export const whereLimitProblem = (where: unknown, resolve: Resolve): ReadProblem | null => {
  const pending: unknown[] = [where]
  while (pending.length) {
    const node = pending.pop()
    if (!isPlainObject(node)) continue
    for (const [key, value] of Object.entries(node)) {
      if (/^(and|or)$/i.test(key)) {
        pending.push(...(Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : []))
        continue
      }
      if (!isPlainObject(value)) continue
      for (const [operator, operand] of Object.entries(value)) {
        const found = conditionProblem(key, operator, operand, resolve(key))
        if (found) return found
      }
    }
  }
  return null
}

const MANY_ROWS = new Set(['array', 'blocks'])
/** A column of the document's own table: no has-many field, no step through a relationship. */
const inOwnTable = (steps: FlattenedField[]) =>
  steps.every((field, index) => {
    if ('hasMany' in field && field.hasMany) return false
    if (field.type === 'relationship' || field.type === 'upload') return index === steps.length - 1 && typeof field.relationTo === 'string'
    return true
  })

/** A sort the adapter cannot run (see above), or null. `sort` as Payload passes it on. */
export const sortLimitProblem = (sort: unknown, resolve: Resolve): ReadProblem | null => {
  const keys = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).filter((key): key is string => typeof key === 'string' && key !== '')
  const paths = keys.map((key) => ({ key, steps: resolve(key.trim().replace(/^-/, ''))?.steps }))
  const grouped = paths.some(({ steps }) => steps?.some((field) => MANY_ROWS.has(field.type)))
  if (!grouped) return null
  const clash = paths.find(({ steps }) => steps && !steps.some((field) => MANY_ROWS.has(field.type)) && !inOwnTable(steps))
  if (!clash) return null
  return problem(
    'sort',
    `Le tri par « ${clash.key} » ne peut pas s’ajouter à un tri par un champ de liste : triez par l’un ou l’autre.`,
    `Sorting by "${clash.key}" cannot be combined with sorting by a field inside a list: sort by one or the other.`,
  )
}
