import type { CollectionBeforeOperationHook, CollectionSlug, Field } from 'payload'

type Data = Record<string, unknown>

/** The data that empties every field of a group: null for a value, [] for a list, recursively. */
const emptied = (fields: Field[]): Data => {
  const out: Data = {}
  for (const field of fields) {
    if (field.type === 'ui' || ('virtual' in field && field.virtual)) continue
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) Object.assign(out, emptied(field.fields))
    else if (field.type === 'tabs') for (const tab of field.tabs) Object.assign(out, 'name' in tab && tab.name ? { [tab.name]: emptied(tab.fields) } : emptied(tab.fields))
    else if (field.type === 'group') out[field.name] = emptied(field.fields)
    else if ('name' in field) out[field.name] = field.type === 'array' || field.type === 'blocks' || ('hasMany' in field && field.hasMany) ? [] : null
  }
  return out
}

/** Replaces each null named group of `data` (at any depth) by the data that empties it. */
const clearIn = (fields: Field[], data: Data) => {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) clearIn(field.fields, data)
    else if (field.type === 'tabs') for (const tab of field.tabs) 'name' in tab && tab.name ? clearTab(tab.fields, data, tab.name) : clearIn(tab.fields, data)
    else if (field.type === 'group') clearTab(field.fields, data, field.name)
  }
}

const clearTab = (fields: Field[], data: Data, name: string) => {
  const value = data[name]
  if (value === null) data[name] = emptied(fields)
  else if (value && typeof value === 'object' && !Array.isArray(value)) clearIn(fields, value as Data)
}

/**
 * `{"pay": null}` means "empty this group". Payload's field hooks read a null group as an object
 * (typeof null is "object") and answer a 500; sent as explicit empty fields it clears them, on
 * create and update, drafts included.
 */
export const clearNullGroups =
  <T extends CollectionSlug>(): CollectionBeforeOperationHook<T> =>
  ({ args, collection, operation }) => {
    const data = (args as { data?: unknown }).data
    if ((operation === 'create' || operation === 'update' || operation === 'updateByID') && data && typeof data === 'object')
      clearIn(collection.fields as Field[], data as Data)
    return args
  }
