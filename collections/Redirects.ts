import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field, TextFieldSingleValidation } from 'payload'

import { isEditor } from '@/payload/access/isEditor'
import { isStaff } from '@/payload/access/isStaff'
import { cacheTags } from '@/payload/cacheTags'
import { clearNullGroups } from '@/payload/hooks/clearNullGroups'
import { revalidateTags } from '@/payload/hooks/revalidateTags'
import { LINKABLE_COLLECTIONS } from '@/payload/richText/references'
import { isValidSlug, slugify } from '@/payload/fields/slugify'
import { frenchText } from '@/payload/i18n/typography'
import { safeHref, validateHref } from '@/payload/richText/safeHref'
import { COLLECTION_SECTIONS, siteUrl } from '@/payload/routes'

const SECTIONS = Object.values(COLLECTION_SECTIONS)

/**
 * "https://site/Metiers/Ancien Nom/" or "metiers/ancien_nom" as typed → "/metiers/ancien-nom":
 * the canonical form pages look up (an address variant is folded the same way before its
 * look-up, app/(frontend)/adresse).
 */
export const redirectSource = (value: string): string => {
  let path = value.trim()
  try {
    path = new URL(path, 'http://x').pathname
  } catch {
    // Not a URL at all: validated below.
  }
  const [section = '', ...rest] = path.replace(/^\/+|\/+$/g, '').split('/')
  let slug = rest.join('/')
  try {
    slug = decodeURIComponent(slug)
  } catch {
    // Left as typed: refused below.
  }
  return `/${section.toLowerCase()}/${slugify(slug)}`
}

const validateSource: TextFieldSingleValidation = (value) => {
  const [, section = '', slug = ''] = (typeof value === 'string' ? redirectSource(value) : '').split('/')
  return (SECTIONS as string[]).includes(section) && isValidSlug(slug)
    ? true
    : frenchText`Indiquez l’ancienne adresse d’une page du site, par exemple « /metiers/ancien-nom ».`
}

// A page of the site or a web address; never mail or phone (a page address cannot become one),
// and never the old address itself (a loop).
const validateTarget: TextFieldSingleValidation = (value, { siblingData, data }) => {
  if ((siblingData as { type?: string })?.type !== 'custom') return true
  const valid = validateHref(value)
  if (valid !== true) return valid
  const href = safeHref(value)!
  if (!/^(\/|https?:)/i.test(href)) return frenchText`Indiquez une page du site (« /… ») ou une adresse web complète (« https://… »).`
  const from = (data as { from?: unknown })?.from
  const target = new URL(href, `${siteUrl()}/`)
  const ours = target.origin === new URL(siteUrl()).origin
  if (typeof from === 'string' && ours && target.pathname.replace(/\/+$/, '') === redirectSource(from))
    return 'La redirection mènerait à l’ancienne adresse elle-même.'
  return true
}

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
      beforeOperation: [clearNullGroups()],
      afterChange: [() => revalidateTags([cacheTags.redirects])],
      afterDelete: [() => revalidateTags([cacheTags.redirects])],
    },
    fields: ({ defaultFields }) => frenchFields(defaultFields),
  },
})
