import type { Field } from 'payload'

// A duplicate is a new document: it gets its own dates when first published.
const notCopied = { beforeDuplicate: [() => null] }

const dateAdmin = {
  position: 'sidebar' as const,
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' },
}

/** "Publication le" and "MAJ le", both stored in UTC and shown to visitors in Europe/Paris. */
export const publicationDateFields: Field[] = [
  {
    name: 'publishedAt',
    type: 'date',
    label: 'Publication le',
    index: true,
    hooks: notCopied,
    admin: {
      ...dateAdmin,
      description: 'Rempli automatiquement à la première publication ; modifiable.',
    },
  },
  {
    name: 'contentUpdatedAt',
    type: 'date',
    label: 'Mis à jour le (MAJ)',
    index: true,
    hooks: notCopied,
    admin: {
      ...dateAdmin,
      readOnly: true,
      description:
        'Avance seulement quand le contenu visible d’une page publiée change (pas pour une simple réorganisation).',
    },
  },
  {
    // Not stored: it qualifies one save, then the box is clear again.
    name: 'minorCorrection',
    type: 'checkbox',
    virtual: true,
    label: 'Correction mineure (garder la date de MAJ)',
    admin: {
      position: 'sidebar',
      description: 'Cochez pour une coquille : la date « MAJ le » ne bouge pas à la publication.',
    },
  },
]
