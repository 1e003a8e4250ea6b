import { buildVersionCollectionFields, type FlattenedField, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

import type { ReadProblem } from './readParameters'

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
//   `equals` or `not_equals` (otherwise "Not supported", or a lookup of an unknown collection);
// - sorting by a field inside an array groups the rows, and then every other sort key must be
//   a column of the document's own table or inside an array too (a key through a relationship
//   or a has-many field: "must appear in the GROUP BY clause").
// - a date that is not one (`greater_than=demain`) is dropped by Payload, silently: the filter
//   then matches nothing, where the client meant something.
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
const DATE_OPERATORS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'in', 'not_in'])
const MATCHES_BY_ID = new Set(['number', 'relationship', 'upload'])
const LINKS = new Set(['relationship', 'upload'])

/** Whether the adapter can run a text operator on this field (see above). */
const textOperatorRuns = (operator: string, type: string, field: FlattenedField | undefined, value: unknown) => {
  if (TEXT_TYPES.has(type)) return true
  if (operator === 'like') return MATCHES_BY_ID.has(type)
  if (operator === 'contains') {
    const hasMany = Boolean(field && 'hasMany' in field && field.hasMany)
    return (hasMany && (LINKS.has(type) || type === 'select')) || (LINKS.has(type) && isPlainObject(value))
  }
  return false
}
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const problem = (parameter: 'where' | 'sort', fr: string, en: string): ReadProblem => ({ parameter, message: { fr, en } })

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The fields a path goes through, from the document to the last; null when it names none. */
export type Resolve = (path: string) => FlattenedField[] | null

/** Resolves paths in a collection's documents, or in its versions (`version.title`, `parent`). */
export const pathResolver = (config: SanitizedConfig, collection: SanitizedCollectionConfig, versions: boolean): Resolve => {
  const root = versions ? buildVersionCollectionFields(config, collection, true) : collection.flattenedFields
  return (path) => {
    const steps: FlattenedField[] = []
    let fields = root
    for (const segment of path.split('.')) {
      const field = fields.find((candidate) => candidate.name === segment)
      // `id` is a column, not a field: the path names the document (or related document) itself.
      if (!field) return segment === 'id' ? steps : null
      steps.push(field)
      if ('flattenedFields' in field) fields = field.flattenedFields
      else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
        const target = field.relationTo
        fields = config.collections.find((c) => c.slug === target)?.flattenedFields ?? []
      } else fields = []
    }
    return steps
  }
}

const polymorphic = (field: FlattenedField | undefined) =>
  (field?.type === 'relationship' || field?.type === 'upload') && Array.isArray(field.relationTo) ? field.relationTo : null

const conditionProblem = (path: string, operator: string, value: unknown, steps: FlattenedField[] | null): ReadProblem | null => {
  if (operator === 'all')
    return problem('where', `L’opérateur « all » n’est pas pris en charge (filtre sur « ${path} ») : utilisez « in ».`, `The "all" operator is not supported (filter on "${path}"): use "in".`)
  // Unknown paths are Payload's to refuse (a QueryError naming them).
  if (!steps) return null
  const leaf = steps.at(-1)
  const targets = polymorphic(leaf)
  if (targets) {
    const single = isPlainObject(value) && typeof value.relationTo === 'string' && (targets as string[]).includes(value.relationTo) && 'value' in value
    if (!single || (operator !== 'equals' && operator !== 'not_equals'))
      return problem(
        'where',
        `« ${path} » relie plusieurs collections : filtrez sur « ${path}.value » et « ${path}.relationTo », ou comparez avec « equals » à { relationTo, value }.`,
        `"${path}" links several collections: filter on "${path}.value" and "${path}.relationTo", or compare with "equals" to { relationTo, value }.`,
      )
    return null
  }
  const type = leaf ? leaf.type : 'number' // the document's own id
  if (type === 'date' && DATE_OPERATORS.has(operator)) {
    // Payload reads `in` given as text as a comma-separated list.
    const values = Array.isArray(value) ? value : typeof value === 'string' && operator.endsWith('in') ? value.split(',') : [value]
    const notDate = values.find(
      (one) => one !== null && one !== '' && Number.isNaN(new Date(one as string).getTime()),
    )
    if (notDate !== undefined)
      return problem(
        'where',
        `« ${String(notDate)} » n’est pas une date (filtre sur « ${path} ») : écrivez-la AAAA-MM-JJ, avec l’heure au besoin (2025-11-20T09:00:00Z).`,
        `"${String(notDate)}" is not a date (filter on "${path}"): write it YYYY-MM-DD, with the time if needed (2025-11-20T09:00:00Z).`,
      )
  }
  const textOperator = operator === 'like' || operator === 'not_like' || operator === 'contains'
  if ((textOperator && !textOperatorRuns(operator, type, leaf, value)) || (GEO_OPERATORS.has(operator) && type !== 'point'))
    return problem(
      'where',
      `L’opérateur « ${operator} » ne s’applique pas au champ « ${path} » (${type}) : utilisez « equals », « in » ou une comparaison.`,
      `The "${operator}" operator does not apply to the "${path}" field (${type}): use "equals", "in" or a comparison.`,
    )
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
  const paths = keys.map((key) => ({ key, steps: resolve(key.replace(/^-/, '')) }))
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
