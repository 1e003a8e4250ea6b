import * as qs from 'qs-esm'

import { requestLanguage } from './language'
import { readProblem } from './readParameters'

const overridesToGet = (request: Request) =>
  request.method === 'POST' && (request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' || request.headers.get('X-HTTP-Method-Override') === 'GET')

/**
 * The query a request carries: its URL's, and for a POST standing for a GET (a query too long
 * for a URL) the form body Payload appends to it (payload/dist/utilities/handleEndpoints.js).
 */
const searchOf = async (request: Request) => {
  const search = new URL(request.url).search.replace(/^\?/, '')
  if (!overridesToGet(request) || request.headers.get('Content-Type') !== 'application/x-www-form-urlencoded') return search
  return [search, await request.clone().text()].filter(Boolean).join('&')
}

/**
 * Wraps Payload's REST GET handler: the query string is read as Payload reads it (qs, same
 * limits) and a mistake in it (a negative page, `where` that is not JSON, a repeated limit…)
 * is a 400 with a message in the request's language, before Payload and the database see it.
 */
export const guardQuery =
  <A>(handler: (request: Request, args: A) => Promise<Response>) =>
  async (request: Request, args: A): Promise<Response> => {
    // Payload's own options (payload/dist/utilities/createPayloadRequest.js).
    const query = qs.parse(await searchOf(request), { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
    const problem = readProblem(query)
    if (!problem) return handler(request, args)
    const message = problem.message[await requestLanguage(request.headers)]
    return Response.json({ errors: [{ message, data: { parameter: problem.parameter } }] }, { status: 400, headers: { 'cache-control': 'no-store' } })
  }

/**
 * HEAD answered like GET, without the body: Next hands HEAD to this route, but Payload matches
 * its endpoints (the media files' included) on the method, and answered 404.
 */
export const headAsGet =
  <A>(get: (request: Request, args: A) => Promise<Response>) =>
  async (request: Request, args: A): Promise<Response> => {
    const response = await get(new Request(request, { method: 'GET' }), args)
    // The file stream GET opened is not sent: close it.
    await response.body?.cancel()
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers })
  }
