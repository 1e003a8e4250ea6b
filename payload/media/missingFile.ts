import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig } from 'payload'

type StaticHandler = NonNullable<NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>>['handlers']>[number]

/**
 * A file that is not on disk (never uploaded, deleted with its image, lost) is a 404: feed
 * readers and search engines keep old image addresses. Payload answers such a request 500.
 * Runs before Payload's own local handler and answers only for missing files; with S3
 * storage the plugin's handler answers instead (collections/Media.ts). Cast: Payload's type
 * wants a handler that always or never answers, but it takes a Response from any call and goes
 * on otherwise (payload/dist/uploads/endpoints/getFile.js).
 */
export const missingFileIsNotFound = (async (req, { params }): Promise<Response | undefined> => {
  const staticDir = req.payload.collections.media.config.upload.staticDir
  if (!staticDir || !params.filename) return undefined
  const dir = path.resolve(staticDir)
  const file = path.resolve(dir, params.prefix ?? '', params.filename)
  if (!file.startsWith(dir + path.sep)) return undefined
  try {
    if ((await stat(file)).isFile()) return undefined
  } catch {
    // Missing: answered below.
  }
  const message = req.i18n?.language === 'en' ? 'File not found.' : 'Fichier introuvable.'
  return Response.json({ errors: [{ message }] }, { status: 404, headers: { 'cache-control': 'no-store' } })
}) as StaticHandler
