import type { CollectionBeforeChangeHook } from 'payload'

import { nextPublicationDates } from './publicationDates'
import { savesPublished } from './savesPublished'

/**
 * Sets "Publication le" / "MAJ le" when a document is saved as published; draft saves never
 * touch them. "MAJ" compares with what visitors saw: with drafts enabled `originalDoc` is the
 * latest version, possibly a draft, while the main document still holds the published state.
 */
export const stampPublicationDates =
  (visibleFields: readonly string[]): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!savesPublished(data, req)) return data
    const published =
      originalDoc?.id && originalDoc._status !== 'published'
        ? await req.payload.db.findOne<Record<string, unknown> & { id: number }>({
            collection: collection.slug,
            where: { id: { equals: originalDoc.id } },
            req,
          })
        : originalDoc
    return {
      ...data,
      ...nextPublicationDates({
        previous: published ?? undefined,
        next: { ...originalDoc, ...data },
        visibleFields,
        now: new Date(),
        minorCorrection: data.minorCorrection === true,
        restoring: req.context.isRestoringVersion === true,
      }),
    }
  }
