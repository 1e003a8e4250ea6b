import type { DateField, Field } from 'payload'

// A duplicate is a new document: it gets its own dates when first published.
const notCopied = { beforeDuplicate: [() => null] }

/**
 * Entered and shown in Paris time, whatever the editor's computer says: visitors read these
 * dates in Paris time. Payload converts a date to a zone only for a field declared with one;
 * with Paris as the only zone, the zone is stored beside the date (`<name>_tz`), shown under it
 * ("Fuseau horaire : Paris") and not offered as a choice; its own field stays out of forms and lists.
 */
const parisTime: DateField['timezone'] = {
  supportedTimezones: [{ label: 'Paris', value: 'Europe/Paris' }],
  defaultTimezone: 'Europe/Paris',
  override: ({ baseField }) => ({ ...baseField, label: 'Fuseau horaire', admin: { ...baseField.admin, hidden: true } }),
}

const dateAdmin = {
  position: 'sidebar' as const,
  // Typed as shown (30/11/2026 14:05); the time list in 24-hour French time, by quarter hours.
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm', timeIntervals: 15 },
}

/** "Publication le" and "MAJ le", both stored in UTC and shown to visitors in Europe/Paris. */
export const publicationDateFields: Field[] = [
  {
    name: 'publishedAt',
    type: 'date',
    label: 'Publication le',
    index: true,
    timezone: parisTime,
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
    timezone: parisTime,
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
