import type { TextField } from 'payload'

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
    beforeValidate: [
      ({ value, siblingData, originalDoc }) => {
        const typed = typeof value === 'string' ? value.trim() : ''
        const source = typed || siblingData?.[sourceField] || originalDoc?.[sourceField]
        return typeof source === 'string' && source.trim() ? slugify(source) : value
      },
    ],
  },
  // Runs in the browser before the hook has folded the value, so it accepts anything that
  // folds to a usable slug ("Métiers d'art" → "metiers-d-art").
  validate: (value: string | null | undefined) =>
    !value || slugify(value).length > 0 || 'Adresse invalide : utilisez des lettres ou des chiffres.',
})
