import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

import { fieldLabel } from './fieldLabel'

/**
 * A list (access routes, sources…) is saved whole: a file that kept only some of its columns
 * (`accessRoutes_0_trainings_0_apprenticeship` without the rest) would replace the document's
 * routes, notes and trainings with what those columns hold. A list whose rows carry no `id`
 * (the export writes one per row: `accessRoutes_0_id`) over a document that has rows is
 * refused, naming the list. New rows beside exported ones keep theirs without id.
 */
export async function assertWholeLists(req: PayloadRequest, collection: CollectionSlug, id: number | string, data: Record<string, unknown>): Promise<void> {
  const lists = req.payload.collections[collection].config.flattenedFields.filter((field) => field.type === 'array' && Array.isArray(data[field.name]))
  const partial = lists.filter((field) => (data[field.name] as unknown[]).length > 0 && (data[field.name] as unknown[]).every((row) => !row || typeof row !== 'object' || !('id' in row) || !(row as { id?: unknown }).id))
  if (partial.length === 0) return
  const current = (await req.payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true, select: Object.fromEntries(partial.map((field) => [field.name, true])) })) as unknown as Record<string, unknown>
  const replaced = partial.find((field) => Array.isArray(current[field.name]) && (current[field.name] as unknown[]).length > 0)
  if (replaced)
    throw new APIError(
      `« ${fieldLabel(replaced, req)} » : le fichier n’a pas toutes les colonnes de cette liste (pas de « ${replaced.name}_0_id »), l’enregistrer l’aurait remplacée. Exportez la liste entière pour la modifier, ou retirez ses colonnes.`,
      400,
      undefined,
      true,
    )
}
