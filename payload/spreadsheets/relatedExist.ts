import { APIError, type CollectionSlug, type FlattenedField, type PayloadRequest } from 'payload'

const idOf = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

const labelOf = (field: FlattenedField): string => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'fr' in label && typeof label.fr === 'string') return label.fr
  return field.name
}

/** The ids a row's relationship and upload fields point to, field by field (groups included, single collection relations only). */
function linkedIds(fields: FlattenedField[], data: Record<string, unknown>, found: { field: FlattenedField; relationTo: CollectionSlug; ids: (number | string)[] }[] = []) {
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const ids = (Array.isArray(value) ? value : [value]).map(idOf).filter((id) => id !== undefined)
      if (ids.length > 0) found.push({ field, relationTo: field.relationTo as CollectionSlug, ids })
    } else if (field.type === 'group' && typeof value === 'object') {
      linkedIds(field.flattenedFields, value as Record<string, unknown>, found)
    }
  }
  return found
}

/**
 * A spreadsheet's row may name a sector, career or image by an id that does not exist. A
 * published save would say so (Payload's relationship validation); a draft is saved without
 * validation, and PostgreSQL then refuses the link with an English SQL error. Checked first,
 * in French, naming the field and the missing ids (HTTP 400).
 */
export async function assertRelatedExist(req: PayloadRequest, collection: CollectionSlug, data: Record<string, unknown>): Promise<void> {
  const fields = req.payload.collections[collection].config.flattenedFields
  for (const { field, relationTo, ids } of linkedIds(fields, data)) {
    const wanted = [...new Set(ids.map(String))]
    if (wanted.some((id) => !/^\d{1,15}$/.test(id))) throw new APIError(`« ${labelOf(field)} » : « ${wanted.join(', ')} » n’est pas un numéro d’élément.`, 400, undefined, true)
    const { docs } = await req.payload.find({ collection: relationTo, where: { id: { in: wanted } }, draft: true, depth: 0, limit: wanted.length, pagination: false, select: {}, req, overrideAccess: true })
    const missing = wanted.filter((id) => !docs.some((doc) => String(doc.id) === id))
    if (missing.length > 0)
      throw new APIError(`« ${labelOf(field)} » : aucun élément n° ${missing.join(', ')} (il a peut-être été supprimé, ou le numéro vient d’un autre site).`, 400, undefined, true)
  }
}

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
      `« ${labelOf(replaced)} » : le fichier n’a pas toutes les colonnes de cette liste (pas de « ${replaced.name}_0_id »), l’enregistrer l’aurait remplacée. Exportez la liste entière pour la modifier, ou retirez ses colonnes.`,
      400,
      undefined,
      true,
    )
}
