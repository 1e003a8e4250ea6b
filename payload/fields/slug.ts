import { type CollectionBeforeChangeHook, type TextField, ValidationError } from 'payload'

import { savesPublished } from '@/payload/hooks/savesPublished'
import { frenchText } from '@/payload/i18n/typography'

import { slugify } from './slugify'

/**
 * A unique, URL-safe slug derived from `sourceField` when left empty. Editors may type their
 * own; it is folded the same way so "Métiers d'Art" never becomes a broken address.
 */
export const slugField = (addressPrefix: string, sourceField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  label: 'Adresse (slug)',
  // Not `required`: the admin validates on the client too, before the hook below has filled
  // an empty slug from the title. A missing title is reported on the title field instead.
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: "Fin de l'adresse de la page. Laissez vide : elle est déduite du titre.",
    // The address as it will be, live: "/metiers/directeur-technique".
    components: {
      Description: { path: '/payload/admin/SlugPreview#SlugPreview', clientProps: { prefix: addressPrefix } },
    },
  },
  hooks: {
    // A duplicate needs an address of its own (the title is copied as it is).
    beforeDuplicate: [({ value }) => (typeof value === 'string' && value ? `${value}-copie` : value)],
    beforeValidate: [
      ({ value, siblingData, originalDoc }) => {
        const typed = typeof value === 'string' ? value.trim() : ''
        const source = typed || siblingData?.[sourceField] || originalDoc?.[sourceField]
        // A title with no letter or digit ("🎓🎉") gives no address: none is stored (several
        // drafts may wait without one), and publishing asks for one (slugRequiredToPublish below).
        return typeof source === 'string' && source.trim() ? slugify(source) || null : value || null
      },
    ],
  },
  // Runs in the browser before the hook has folded the value, so it accepts anything that
  // folds to a usable slug ("Métiers d'art" → "metiers-d-art").
  validate: (value: string | null | undefined) =>
    !value || slugify(value).length > 0 || 'Adresse invalide : utilisez des lettres ou des chiffres.',
})

/**
 * Collection hook beside the field: a page visitors can open needs an address. A draft may
 * wait without one; publishing (or saving a collection without drafts) refuses, in French.
 */
export const slugRequiredToPublish =
  ({ drafts }: { drafts: boolean }): CollectionBeforeChangeHook =>
  ({ collection, data, originalDoc, req }) => {
    const slug = data.slug === undefined ? originalDoc?.slug : data.slug
    if (slug || (drafts && !savesPublished(data, req, collection.slug, originalDoc?.id))) return data
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'slug',
            label: 'Adresse (slug)',
            message: frenchText`Adresse manquante : le titre ne contient ni lettre ni chiffre. Saisissez une adresse (ex. « salon-etudiant-2026 »).`,
          },
        ],
      },
      req.t,
    )
  }
