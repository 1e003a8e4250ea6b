import type { Payload } from 'payload'

import type { Media } from '@/payload-types'
import { routes } from '@/payload/routes'

import { LINKABLE_COLLECTIONS, type Reference, type References, referenceKey } from './references'

const SUMMARY_FIELD = { careers: 'summary', news: 'excerpt', sectors: 'description' } as const

/**
 * The current title, address and summary of every document the references point at, and the
 * images' files, read as a visitor: a draft, unpublished or deleted target resolves to null,
 * so renderers show its text without a link. One query per collection, whatever the count.
 */
export const resolveReferences = async (payload: Payload, references: Reference[]): Promise<References> => {
  const resolved: References = Object.fromEntries(references.map(({ relationTo, id }) => [referenceKey(relationTo, id), null]))
  const idsOf = (collection: Reference['relationTo']) => references.filter((r) => r.relationTo === collection).map((r) => r.id)

  // One after the other: inside a hook's transaction the connection takes one query at a time.
  for (const collection of LINKABLE_COLLECTIONS) {
    const ids = idsOf(collection)
    if (!ids.length) continue
    const summaryField = SUMMARY_FIELD[collection]
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      select: { title: true, slug: true, [summaryField]: true },
      overrideAccess: false,
    })
    for (const doc of docs as unknown as { id: number; title: string; slug?: string | null; [field: string]: unknown }[]) {
      if (!doc.slug) continue
      const summary = doc[summaryField]
      resolved[referenceKey(collection, doc.id)] = {
        kind: collection,
        title: doc.title,
        slug: doc.slug,
        path: routes.ofCollection(collection, doc.slug),
        summary: typeof summary === 'string' ? summary : null,
      }
    }
  }

  const mediaIds = idsOf('media')
  if (mediaIds.length) {
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: mediaIds } },
      depth: 0,
      limit: mediaIds.length,
      pagination: false,
      overrideAccess: false,
    })
    for (const media of docs as Media[]) {
      if (!media.url) continue
      resolved[referenceKey('media', media.id)] = {
        kind: 'media',
        url: media.url,
        alt: media.alt,
        width: media.width,
        height: media.height,
        credit: media.credit,
      }
    }
  }
  return resolved
}
