import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field, TextFieldSingleValidation } from 'payload'

import { isEditor } from '@/payload/access/isEditor'
import { isStaff } from '@/payload/access/isStaff'
import { cacheTags } from '@/payload/cacheTags'
import { revalidateTags } from '@/payload/hooks/revalidateTags'
import { LINKABLE_COLLECTIONS } from '@/payload/richText/references'
import { validateHref } from '@/payload/richText/safeHref'

/** "https://site/Metiers/x/" or "metiers/x" as typed → "/metiers/x": the form lookups use. */
export const redirectSource = (value: string): string => {
  let path = value.trim()
  try {
    path = new URL(path, 'http://x').pathname
  } catch {
    // Not a URL at all: validated below.
  }
  return `/${path.replace(/^\/+|\/+$/g, '')}`.toLowerCase()
}

const validateSource: TextFieldSingleValidation = (value) =>
  typeof value === 'string' && /^\/(?:metiers|actualites|secteurs)\/[^/]+$/.test(redirectSource(value))
    ? true
    : 'Indiquez l’ancienne adresse d’une page du site, par exemple « /metiers/ancien-nom ».'

const validateTarget: TextFieldSingleValidation = (value, { siblingData }) =>
  (siblingData as { type?: string })?.type !== 'custom' || validateHref(value)

const FRENCH: Record<string, { label: string; description?: string }> = {
  from: {
    label: 'Ancienne adresse',
    description: 'L’adresse qui ne mène plus à rien, par exemple « /metiers/ancien-nom ». Enregistrée automatiquement quand on renomme une page publiée.',
  },
  type: { label: 'Vers' },
  reference: { label: 'Page du site' },
  url: { label: 'Adresse', description: 'Une adresse complète (https://…) ou une page du site (/…).' },
}

// Payload's redirects plugin gives the collection and its admin; French labels, access, the
// address checks and cache expiry are ours. Renames record entries themselves
// (payload/hooks/recordRenames.ts) and pages look them up before a 404 (payload/queries.ts).
const frenchFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (!('name' in field)) return field
    const french = FRENCH[field.name]
    const admin = { ...field.admin, ...(french?.description ? { description: french.description } : {}) }
    if (field.name === 'from')
      return {
        ...field,
        label: french!.label,
        admin,
        validate: validateSource,
        hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? redirectSource(value) : value)] },
      } as Field
    if (field.type === 'group') return { ...field, label: 'Destination', fields: frenchFields(field.fields) } as Field
    if (field.name === 'type' && field.type === 'radio')
      return {
        ...field,
        label: french!.label,
        options: [
          { label: 'Une page du site', value: 'reference' },
          { label: 'Une autre adresse', value: 'custom' },
        ],
      } as Field
    if (field.name === 'url') return { ...field, label: french!.label, admin, validate: validateTarget } as Field
    return french ? ({ ...field, label: french.label, admin } as Field) : field
  })

export const redirects = redirectsPlugin({
  collections: [...LINKABLE_COLLECTIONS],
  overrides: {
    labels: { singular: 'Redirection', plural: 'Redirections' },
    admin: {
      group: 'Classement',
      useAsTitle: 'from',
      defaultColumns: ['from', 'to.reference', 'createdAt'],
      description:
        'Les anciennes adresses des pages renommées mènent à leur nouvelle adresse (redirection permanente). Supprimez une ligne pour que l’ancienne adresse ne mène plus nulle part.',
    },
    // Visitors never read the list: it would reveal renamed and withdrawn pages.
    access: { read: isStaff, create: isEditor, update: isEditor, delete: isEditor },
    hooks: {
      afterChange: [() => revalidateTags([cacheTags.redirects])],
      afterDelete: [() => revalidateTags([cacheTags.redirects])],
    },
    fields: ({ defaultFields }) => frenchFields(defaultFields),
  },
})
