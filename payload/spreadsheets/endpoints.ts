import { APIError, type Endpoint, Forbidden, type PayloadRequest } from 'payload'

import { isStaff } from '@/payload/access/isStaff'

/** The collections editors export and import; any other slug is refused (subscribers' addresses, accounts…). */
export const SPREADSHEET_COLLECTIONS = ['careers', 'news'] as const

/** Throws a 400 unless the export or import is of careers or news. */
export const assertSpreadsheetCollection = (slug: unknown) => {
  if (!SPREADSHEET_COLLECTIONS.includes(slug as never))
    throw new APIError('Seules les fiches métiers et les actualités s’exportent et s’importent ici.', 400, undefined, true)
}

type Body = Record<string, unknown> & { collectionSlug?: unknown; data?: Record<string, unknown> & { collectionSlug?: unknown } }

/**
 * One of the plugin's endpoints (export preview and download, import preview) as staff only:
 * the plugin checks neither a role nor the collection (3.90.1), so its previews answered anyone,
 * logged in or not, and its download any account, for any collection. `adjust` may change the
 * JSON body before the plugin reads it.
 */
export const staffEndpoint = (endpoint: Endpoint, adjust: (body: Body, req: PayloadRequest) => void = () => {}): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    if (!isStaff({ req })) throw new Forbidden(req.t)
    const body = ((await req.json?.().catch(() => undefined)) ?? {}) as Body
    // The previews send the fields as the body, the download under `data`.
    assertSpreadsheetCollection(body.data?.collectionSlug ?? body.collectionSlug)
    adjust(body, req)
    const text = JSON.stringify(body)
    Object.assign(req, { text: async () => text, json: async () => body })
    return endpoint.handler(req)
  },
})
