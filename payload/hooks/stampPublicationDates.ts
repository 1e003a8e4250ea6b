import type { CollectionBeforeChangeHook } from 'payload'

import { nextPublicationDates } from './publicationDates'
import { restoreOf } from './restores'
import { savesPublished } from './savesPublished'

type Row = Record<string, unknown> & { id: number }

/**
 * Sets "Publication le" / "MAJ le" when a document is saved as published; draft saves never
 * touch them. "MAJ" compares with what visitors saw: the main row (with drafts, `originalDoc`
 * is the latest version, possibly a draft). A restored version brings back its text, never
 * its dates: they are the main row's, whether the restore is published or saved as a draft.
 */
export const stampPublicationDates =
  (visibleFields: readonly string[]): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const id = originalDoc?.id as number | undefined
    const row = id ? await req.payload.db.findOne<Row>({ collection: collection.slug, where: { id: { equals: id } }, req }) : null
    const dated = row && restoreOf(req, collection.slug, id) ? { ...data, publishedAt: row.publishedAt ?? null, contentUpdatedAt: row.contentUpdatedAt ?? null } : data
    if (!savesPublished(dated, req, collection.slug, id)) return dated
    return {
      ...dated,
      ...nextPublicationDates({
        previous: row ?? undefined,
        next: { ...originalDoc, ...dated },
        visibleFields,
        now: new Date(),
        minorCorrection: dated.minorCorrection === true,
        acceptGivenDates: operation === 'create',
      }),
    }
  }
