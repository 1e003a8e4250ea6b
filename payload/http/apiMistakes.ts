import { APIError, type CollectionBeforeOperationHook, type Config, QueryError } from 'payload'

import { guardDatabaseQueries } from './databaseGuard'
import { languageOf, ParameterError } from './parameterError'
import { type Language, numberProblem, type ReadProblem, readProblem } from './readParameters'

/**
 * GraphQL's arguments get the checks REST's query string gets in the route
 * (payload/http/guardQuery.ts): a negative page is an Int too. REST's are not checked twice, and
 * our own code's Local API calls are trusted. Operators are checked against their fields
 * further on, in the database adapter (databaseGuard.ts), which alone knows whether a read is
 * of versions.
 */
const checkArguments: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI !== 'GraphQL') return args
  const given = args as { page?: unknown; limit?: unknown; depth?: unknown; where?: unknown; sort?: unknown }
  const found: ReadProblem | null =
    numberProblem('page', given.page) ??
    numberProblem('limit', given.limit) ??
    numberProblem('depth', given.depth) ??
    readProblem({ ...(given.where !== undefined ? { where: given.where } : {}), ...(given.sort !== undefined ? { sort: given.sort } : {}) })
  if (found) throw new ParameterError(found, languageOf(req))
  return args
}

const NO_DATA: Record<Language, string> = {
  fr: 'Aucune donnée reçue : envoyez les champs en JSON (Content-Type: application/json).',
  en: 'No data received: send the fields as JSON (Content-Type: application/json).',
}
const UNREADABLE_TYPE: Record<Language, string> = {
  fr: 'Type de contenu non pris en charge : envoyez du JSON (Content-Type: application/json) ou un formulaire multipart/form-data.',
  en: 'Unsupported content type: send JSON (Content-Type: application/json) or a multipart/form-data form.',
}

const NO_PAYLOAD_FIELD: Record<Language, string> = {
  fr: 'Formulaire multipart sans champ « _payload » : mettez-y les champs, en JSON.',
  en: 'Multipart form without a "_payload" field: put the fields there, as JSON.',
}

/**
 * A REST create or update whose body Payload did not read reaches the operation without data,
 * where every hook that reads a field fails with a 500. Payload reads a body only when its media
 * type is exactly `application/json` (parameters aside), or from a multipart form's `_payload`
 * field: a 415 for any other type (text/plain, a URL-encoded form, application/merge-patch+json),
 * a 400 for a form without `_payload` or no body at all.
 */
const requireData: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI !== 'REST' || (operation !== 'create' && operation !== 'update') || (args as { data?: unknown }).data !== undefined) return args
  const language = languageOf(req)
  const type = (req.headers.get('content-type') ?? '').split(';', 1)[0]!.trim()
  if (type.startsWith('multipart/')) throw new APIError(NO_PAYLOAD_FIELD[language], 400, null, true)
  if (type && type !== 'application/json') throw new APIError(UNREADABLE_TYPE[language], 415, null, true)
  throw new APIError(NO_DATA[language], 400, null, true)
}

// PostgreSQL's "data exception" codes that only a value the query carried can cause: text for
// a number (22P02), a date that is none or out of range (22007, 22008), a number out of range
// (22003), a negative LIMIT or OFFSET (2201W, 2201X), a string too long (22001), a bad encoding
// (22021), a year past 9999 (22009). Not the rest of class 22 (a division by zero, a bad
// argument in our own SQL), nor a lost connection (08…) or our own bug (42…).
const DATA_EXCEPTION = /^(22P02|22007|22008|22009|22003|2201W|2201X|22001|22021)$/
// A link to a document that does not exist (a relationship given an unknown id).
const MISSING_LINK = '23503'

// GraphQL hands hooks its own error, holding ours as originalError; the driver's error is a
// cause of Drizzle's.
const causes = function* (error: unknown) {
  for (let cause = error as { cause?: unknown; originalError?: unknown } | undefined, depth = 0; cause && depth < 6; depth++) {
    yield cause
    cause = (cause.originalError ?? cause.cause) as never
  }
}

const sqlState = (error: unknown): string | undefined => {
  for (const cause of causes(error)) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

const queryError = (error: unknown): QueryError | undefined => [...causes(error)].find((cause): cause is QueryError => cause instanceof QueryError)

const LINK_MESSAGE: Record<Language, string> = {
  fr: 'Un document lié n’existe pas : vérifiez les identifiants des relations.',
  en: 'A linked document does not exist: check the ids of the relationships.',
}

const VALUE_MESSAGE: Record<Language, string> = {
  fr: 'Une valeur de la requête ne convient pas au champ qu’elle vise (un nombre, une date attendue…).',
  en: 'A value in the request does not suit the field it targets (a number or a date was expected…).',
}

// Payload words its QueryError in English only; its shape (data: [{ path }]) is kept.
const pathsMessage = (error: QueryError, language: Language) => {
  const paths = ((error.data ?? []) as { path?: string }[]).map((entry) => entry.path).filter(Boolean).join(', ')
  return language === 'en' ? error.message : `Ces champs ne peuvent pas servir de filtre ou de tri : ${paths}.`
}

/**
 * Payload plugin: every collection checks a request's arguments and data (above), the database adapter
 * checks the operators and versions a request asks for (databaseGuard.ts), and a query that still
 * reaches PostgreSQL with a value its column cannot take is answered 400 with a message in the
 * request's language, on REST and GraphQL alike, where Payload answered 500. A database
 * outage and any other failure keep their own status.
 */
export const apiMistakes = (config: Config): Config => ({
  ...config,
  loggingLevels: { QueryError: 'info', ...config.loggingLevels },
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [checkArguments, requireData, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  onInit: async (payload) => {
    guardDatabaseQueries(payload)
    await config.onInit?.(payload)
  },
  hooks: {
    ...config.hooks,
    afterError: [
      ...(config.hooks?.afterError ?? []),
      ({ error, graphqlResult, req }) => {
        const language = languageOf(req)
        const paths = queryError(error)
        const code = sqlState(error) ?? ''
        const message = paths ? pathsMessage(paths, language) : DATA_EXCEPTION.test(code) ? VALUE_MESSAGE[language] : code === MISSING_LINK ? LINK_MESSAGE[language] : null
        if (!message) return
        if (graphqlResult) return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
        return { status: 400, response: { errors: [{ ...(paths ? { name: paths.name, data: paths.data as unknown as Record<string, unknown> } : {}), message }] } }
      },
    ],
  },
})
