import { APIError, type CollectionSlug, type FlattenedField, type PayloadRequest } from 'payload'

import { fieldLabel } from './fieldLabel'

const idOf = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
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
    if (wanted.some((id) => !/^\d{1,15}$/.test(id))) throw new APIError(`« ${fieldLabel(field, req)} » : « ${wanted.join(', ')} » n’est pas un numéro d’élément.`, 400, undefined, true)
    const { docs } = await req.payload.find({ collection: relationTo, where: { id: { in: wanted } }, draft: true, depth: 0, limit: wanted.length, pagination: false, select: {}, req, overrideAccess: true })
    const missing = wanted.filter((id) => !docs.some((doc) => String(doc.id) === id))
    if (missing.length > 0)
      throw new APIError(`« ${fieldLabel(field, req)} » : aucun élément n° ${missing.join(', ')} (il a peut-être été supprimé, ou le numéro vient d’un autre site).`, 400, undefined, true)
  }
}
