import type { CollectionConfig, Config, Field, GlobalConfig } from 'payload'

import { frenchTypography } from './typography'

type Loose = Record<string, unknown>

// A label, description or placeholder: a string, an object of strings (a language each, or
// `labels: { singular, plural }`), or a function (left alone).
const typeset = (value: unknown): unknown =>
  typeof value === 'string'
    ? frenchTypography(value)
    : value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, typeof entry === 'string' ? frenchTypography(entry) : entry]))
      : value

const withStrings = <T extends Loose>(node: T, keys: string[]): T =>
  Object.fromEntries(Object.entries(node).map(([key, value]) => [key, keys.includes(key) ? typeset(value) : value])) as T

const typesetField = (field: Field): Field => {
  const loose = withStrings(field as unknown as Loose, ['label', 'labels'])
  if (loose.admin && typeof loose.admin === 'object') loose.admin = withStrings(loose.admin as Loose, ['description', 'placeholder'])
  if (Array.isArray(loose.options))
    loose.options = loose.options.map((option: unknown) => (option && typeof option === 'object' ? withStrings(option as Loose, ['label']) : option))
  if (Array.isArray(loose.fields)) loose.fields = (loose.fields as Field[]).map(typesetField)
  if (Array.isArray(loose.tabs))
    loose.tabs = (loose.tabs as Loose[]).map((tab) => ({ ...withStrings(tab, ['label', 'description']), fields: (tab.fields as Field[]).map(typesetField) }))
  if (Array.isArray(loose.blocks))
    loose.blocks = (loose.blocks as Loose[]).map((block) =>
      typeof block === 'object' ? { ...block, labels: typeset(block.labels), fields: (block.fields as Field[]).map(typesetField) } : block,
    )
  return loose as unknown as Field
}

const typesetEntity = <T extends CollectionConfig | GlobalConfig>(entity: T): T => {
  const loose = withStrings(entity as unknown as Loose, ['label', 'labels'])
  if (loose.admin && typeof loose.admin === 'object') loose.admin = withStrings(loose.admin as Loose, ['description', 'group'])
  loose.fields = (entity.fields ?? []).map(typesetField)
  return loose as unknown as T
}

/**
 * Payload plugin: French typography (payload/i18n/typography.ts) for the admin strings the
 * project writes itself: collection and field labels, descriptions, placeholders, options and
 * groups, in every collection and global, those of the plugins listed before it included (list
 * it last). The source stays readable ("Laissez vide : …"), the admin shows "Laissez
 * vide\u00a0: …". Not the messages of checks and hooks: they quote addresses and code
 * ("tel:", "Content-Type: …") that typography would break; they are typeset where written.
 * Payload's own strings are set in payload/i18n/french.ts.
 */
export const typesetAdmin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(typesetEntity),
  globals: (config.globals ?? []).map(typesetEntity),
  ...(config.blocks ? { blocks: config.blocks.map((block) => ({ ...block, fields: block.fields.map(typesetField) })) } : {}),
  admin: {
    ...config.admin,
    ...(config.admin?.timezones
      ? {
          timezones: {
            ...config.admin.timezones,
            supportedTimezones: Array.isArray(config.admin.timezones.supportedTimezones)
              ? config.admin.timezones.supportedTimezones.map((zone) => ({ ...zone, label: frenchTypography(zone.label) }))
              : config.admin.timezones.supportedTimezones,
          },
        }
      : {}),
  },
})
