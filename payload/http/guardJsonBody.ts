// JSON bodies larger than this are refused before Payload reads them: the longest article is a
// few hundred kilobytes of Lexical JSON, and images arrive as multipart uploads (10 MB, Payload's
// own limit), which this guard leaves alone.
import { requestLanguage } from './language'

export const MAX_JSON_BYTES = 2 * 1024 * 1024

const MESSAGES = {
  tooLarge: {
    fr: `Requête trop volumineuse : ${MAX_JSON_BYTES / 1024 / 1024} Mo de JSON au plus.`,
    en: `Request too large: ${MAX_JSON_BYTES / 1024 / 1024} MB of JSON at most.`,
  },
  notJson: { fr: 'Le corps de la requête n’est pas du JSON valide.', en: 'The request body is not valid JSON.' },
  notObject: { fr: 'Le corps de la requête doit être un objet JSON.', en: 'The request body must be a JSON object.' },
}

const refuse = async (request: Request, status: number, message: keyof typeof MESSAGES) =>
  // No `Connection: close`: Node would reset the socket under a client still uploading, which
  // would then miss this answer; it reads and drops the rest of the body instead.
  Response.json({ errors: [{ message: MESSAGES[message][await requestLanguage(request.headers)] }] }, { status })

/**
 * The body's text, or null once it passes `limit` bytes: a body sent without its length (chunked)
 * is counted while it arrives and no longer read past the limit, so an endless one costs
 * `limit` bytes of memory, not all of it.
 */
const readUpTo = async (body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | null> => {
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks).toString('utf8')
    size += value.byteLength
    if (size > limit) {
      // Not awaited: a branch of a cloned request's body settles its cancel only once the other
      // branch (the handler's, never read now) is cancelled too.
      void reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
}

/**
 * Wraps a Payload REST or GraphQL handler: an oversized JSON body is a 413 (announced by its
 * Content-Length, or counted while a chunked one arrives), and a body that is not JSON, or not a
 * JSON object, a 400, each with a message in the request's language (French unless it asks for
 * English), where Payload would accept the first and answer the others with a 500.
 */
export const guardJsonBody =
  <A>(handler: (request: Request, args: A) => Promise<Response>) =>
  async (request: Request, args: A): Promise<Response> => {
    if (!/\bjson\b/i.test(request.headers.get('content-type') ?? '')) return handler(request, args)
    const tooLarge = () => refuse(request, 413, 'tooLarge')
    if (Number(request.headers.get('content-length')) > MAX_JSON_BYTES) return tooLarge()
    // Read from a copy: the handler reads the original.
    const text = await readUpTo(request.clone().body, MAX_JSON_BYTES)
    if (text === null) return tooLarge()
    if (text.trim()) {
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        return refuse(request, 400, 'notJson')
      }
      // Every Payload operation takes an object; a string or a list would reach it as data.
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(request, 400, 'notObject')
    }
    return handler(request, args)
  }
