// JSON bodies larger than this are refused before Payload reads them: the longest article is a
// few hundred kilobytes of Lexical JSON, and images arrive as multipart uploads (10 MB, Payload's
// own limit), which this guard leaves alone.
export const MAX_JSON_BYTES = 2 * 1024 * 1024

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * Wraps a Payload REST or GraphQL handler: an oversized JSON body is a 413, and a body that is
 * not JSON, or not a JSON object, a 400, each with a French message, where Payload would accept
 * the first and answer the others with a 500.
 */
export const guardJsonBody =
  <A>(handler: (request: Request, args: A) => Promise<Response>) =>
  async (request: Request, args: A): Promise<Response> => {
    if (!/\bjson\b/i.test(request.headers.get('content-type') ?? '')) return handler(request, args)
    const tooLarge = () => refuse(413, `Requête trop volumineuse : ${MAX_JSON_BYTES / 1024 / 1024} Mo de JSON au plus.`)
    if (Number(request.headers.get('content-length')) > MAX_JSON_BYTES) return tooLarge()
    // A body sent without its length is measured; the handler reads the original.
    const text = await request.clone().text()
    if (Buffer.byteLength(text) > MAX_JSON_BYTES) return tooLarge()
    if (text.trim()) {
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        return refuse(400, 'Le corps de la requête n’est pas du JSON valide.')
      }
      // Every Payload operation takes an object; a string or a list would reach it as data.
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(400, 'Le corps de la requête doit être un objet JSON.')
    }
    return handler(request, args)
  }
