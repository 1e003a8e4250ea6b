import path from 'node:path'

import type { CollectionBeforeOperationHook } from 'payload'

/**
 * An upload's name unique without its extension: the social-card rendition is always a JPEG
 * ("affiche-1200x630.jpg"), so "affiche.png" after "affiche.jpg" would overwrite the first
 * image's card, and deleting it would delete the other's. Payload only avoids identical full
 * names; the second one becomes "affiche-2.png".
 */
export const uniqueStem: CollectionBeforeOperationHook<'media'> = async ({ args, operation, req }) => {
  if (operation !== 'create') return args
  const file = (args.req as { file?: { name?: string } }).file
  if (!file?.name) return args
  const extension = path.extname(file.name)
  const stem = path.basename(file.name, extension)
  const { docs } = await req.payload.db.find<{ id: number; filename?: string | null }>({
    collection: 'media',
    where: { filename: { like: stem } },
    limit: 0,
    pagination: false,
    req,
  })
  const taken = new Set(docs.map((doc) => (doc.filename ? path.basename(doc.filename, path.extname(doc.filename)).toLowerCase() : '')))
  if (!taken.has(stem.toLowerCase())) return args
  let counter = 2
  while (taken.has(`${stem}-${counter}`.toLowerCase())) counter++
  file.name = `${stem}-${counter}${extension}`
  return args
}
