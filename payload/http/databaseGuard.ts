import { NotFound, type Payload, type PayloadRequest, type Where } from 'payload'

import { pathResolver, sortLimitProblem, whereLimitProblem } from './adapterLimits'
import { languageOf, ParameterError } from './parameterError'

// The adapter methods that run a client's `where`, and whether it names version fields
// (`version.title`, `parent`, `latest`): Payload prefixes a draft read's `where` itself.
const QUERIES = {
  find: false,
  findOne: false,
  count: false,
  findDistinct: false,
  updateMany: false,
  deleteMany: false,
  findVersions: true,
  countVersions: true,
  queryDrafts: true,
} as const

type QueryArgs = { collection?: string; where?: Where; sort?: unknown; req?: Partial<PayloadRequest> }

/**
 * Wraps the database adapter's query methods so that every query a client's request leads to
 * (REST, GraphQL; with Payload's own queries on the way, which carry the request) is checked
 * before it reaches PostgreSQL, on every collection, Payload's own included, and on every
 * operation, reads of versions included (Payload's hooks cannot tell those from reads). Local
 * API calls of their own (our pages, feeds, jobs, the admin's server-rendered views) are not:
 * Payload's internal queries use forms the rules would not need to allow. Two kinds of client
 * mistake that Payload lets through to SQL, where they were 500s:
 * - a condition or a sort the adapter cannot run (adapterLimits.ts): 400 with a message in the
 *   request's language;
 * - versions of a collection that keeps none (Payload serves /versions for every collection):
 *   404, as for any missing thing.
 */
export const guardDatabaseQueries = (payload: Payload) => {
  const db = payload.db as unknown as Record<string, (args: QueryArgs) => Promise<unknown>>
  for (const [method, versions] of Object.entries(QUERIES)) {
    const original = db[method]
    if (typeof original !== 'function' || (original as { guarded?: boolean }).guarded) continue
    const guarded = async function (this: unknown, args: QueryArgs) {
      const { collection: slug, req, sort, where } = args
      const collection = slug ? (payload.collections as Record<string, Payload['collections'][keyof Payload['collections']] | undefined>)[slug]?.config : undefined
      if (collection && req && req.payloadAPI !== 'local') {
        if (versions && !collection.versions) throw new NotFound(req.t)
        const resolve = where || sort ? pathResolver(payload.config, collection, versions) : null
        const found = resolve && ((where ? whereLimitProblem(where, resolve) : null) ?? (sort ? sortLimitProblem(sort, resolve) : null))
        // A draft read's paths were prefixed by Payload, not written so by the client.
        if (found && method === 'queryDrafts') for (const language of ['fr', 'en'] as const) found.message[language] = found.message[language].replace(/([«"] ?)version\./g, '$1')
        if (found) throw new ParameterError(found, languageOf(req))
      }
      return original.call(this, args)
    }
    db[method] = Object.assign(guarded, { guarded: true })
  }
}
