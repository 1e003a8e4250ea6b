import type { TextField } from 'payload'

import { isValidSlug, slugify } from './slugify'

/**
 * A unique, URL-safe slug derived from `sourceField` when left empty. Editors may type their
 * own; it is folded the same way so "Métiers d'Art" never becomes a broken address.
 */
export const slugField = (sourceField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  label: 'Adresse (slug)',
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: "Fin de l'adresse de la page. Laissez vide : elle est déduite du titre.",
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
  validate: (value: string | null | undefined) => {
    if (!value) return 'Indiquez un titre ou une adresse.'
    return isValidSlug(value) || 'Adresse invalide : lettres minuscules, chiffres et tirets uniquement.'
  },
})
