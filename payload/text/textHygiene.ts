import type { CollectionConfig, Config, Field, FieldHook, GlobalConfig } from 'payload'

import { cleanRichText, cleanText } from './cleanText'

const cleanOne = (multiline: boolean) => (value: unknown) => (typeof value === 'string' ? cleanText(value, { multiline }) : value)

// A list of texts (hasMany) loses the items that cleaning leaves empty.
const textHook =
  (multiline: boolean): FieldHook =>
  ({ value }) =>
    Array.isArray(value) ? value.map(cleanOne(multiline)).filter((item) => item !== '') : cleanOne(multiline)(value)

const richTextHook: FieldHook = ({ value }) => cleanRichText(value)

/** First, so that the field's own hooks see clean text; or last, after they refused what cannot be read. */
const withHook = <F extends Field & { hooks?: { beforeValidate?: FieldHook[] } }>(field: F, hook: FieldHook, last = false): F => ({
  ...field,
  hooks: { ...field.hooks, beforeValidate: last ? [...(field.hooks?.beforeValidate ?? []), hook] : [hook, ...(field.hooks?.beforeValidate ?? [])] },
})

/** Every field, however deep (groups, arrays, blocks, tabs, rows, collapsibles). */
const cleanFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    switch (field.type) {
      case 'text':
        return withHook(field, textHook(false))
      case 'textarea':
        return withHook(field, textHook(true))
      case 'richText':
        // After the field's shape check (payload/fields/richTextContent.ts): cleaning walks the tree.
        return withHook(field, richTextHook, true)
      case 'group':
      case 'array':
      case 'row':
      case 'collapsible':
        return { ...field, fields: cleanFields(field.fields) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: cleanFields(tab.fields) })) }
      case 'blocks':
        return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: cleanFields(block.fields) })) }
      default:
        return field
    }
  })

/**
 * Payload plugin: text is cleaned where it enters (payload/text/cleanText.ts), in every text,
 * textarea and rich-text field (its words; link addresses go through the link allow-list) of
 * every collection, global and shared block, including those added later or by plugins listed
 * before it (list it last). Fields Payload itself adds afterwards (passwords, its own
 * collections) are left as they are. Runs before validation, so a title of spaces alone is an
 * empty title, refused in French like any other. Text stored before it existed is cleaned at
 * its next save; the feeds clean again whatever the database holds.
 */
export const textHygiene = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection: CollectionConfig) => ({ ...collection, fields: cleanFields(collection.fields) })),
  globals: (config.globals ?? []).map((global: GlobalConfig) => ({ ...global, fields: cleanFields(global.fields) })),
  // Blocks declared once and referenced by slug.
  ...(config.blocks ? { blocks: config.blocks.map((block) => ({ ...block, fields: cleanFields(block.fields) })) } : {}),
})
