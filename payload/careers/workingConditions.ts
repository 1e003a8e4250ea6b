import type { GroupField } from 'payload'

import { labelOf, optionsOf } from '@/payload/fields/choices'
import { lowerFirst } from '@/payload/text/frenchList'

// Daily work as a reader pictures it: hours, travel, where it happens, anything else that
// shapes a day (standing, night shifts, lifting…).

export const WORKPLACES = [
  { value: 'office', label: 'Bureau' },
  { value: 'workshop', label: 'Atelier ou usine' },
  { value: 'site', label: 'Chantier' },
  { value: 'hospital', label: 'Hôpital ou clinique' },
  { value: 'laboratory', label: 'Laboratoire' },
  { value: 'shop', label: 'Magasin ou agence' },
  { value: 'school', label: 'Établissement scolaire' },
  { value: 'homes', label: 'Chez les clients ou les patients' },
  { value: 'outdoors', label: 'En extérieur' },
  { value: 'vehicle', label: 'Sur la route' },
  { value: 'remote', label: 'Télétravail possible' },
] as const

export const TRAVEL = [
  { value: 'rare', label: 'Rares' },
  { value: 'occasional', label: 'Occasionnels' },
  { value: 'frequent', label: 'Fréquents' },
] as const

export const workplaceLabel = (value: string) => labelOf(WORKPLACES)(value) ?? value

/** "Bureau, télétravail possible": the places as one phrase, items after the first in lower case. */
export const workplacesText = (places: string[]): string => places.map((place, index) => (index ? lowerFirst(workplaceLabel(place)) : workplaceLabel(place))).join(', ')
export const travelLabel = labelOf(TRAVEL)

export const workingConditionsField: GroupField = {
  name: 'workingConditions',
  type: 'group',
  label: 'Conditions de travail',
  fields: [
    { name: 'hours', type: 'textarea', label: 'Horaires et rythme', maxLength: 400, admin: { description: 'Ex. « Horaires de bureau, astreintes un week-end sur quatre. »' } },
    {
      type: 'row',
      fields: [
        { name: 'places', type: 'select', hasMany: true, label: 'Lieux de travail', options: optionsOf(WORKPLACES), admin: { width: '67%' } },
        { name: 'travel', type: 'select', label: 'Déplacements', options: optionsOf(TRAVEL), admin: { width: '33%' } },
      ],
    },
    { name: 'details', type: 'textarea', label: 'Autres conditions', maxLength: 600, admin: { description: 'Station debout, travail de nuit, port de charges, bruit, tenue…' } },
  ],
}

export const prospectsField: GroupField = {
  name: 'prospects',
  type: 'group',
  label: 'Débouchés',
  fields: [
    { name: 'outlook', type: 'textarea', label: 'Marché de l’emploi', maxLength: 1000, admin: { description: 'Le marché de l’emploi : recrutements, concurrence, régions.' } },
    {
      name: 'hiringSectors',
      type: 'text',
      hasMany: true,
      maxRows: 12,
      maxLength: 120,
      label: 'Qui recrute',
      admin: { description: 'Un employeur ou un secteur par étiquette, ex. « Industrie automobile ». Entrée pour valider.' },
    },
    { name: 'progression', type: 'textarea', label: 'Évolutions possibles', maxLength: 600 },
  ],
}
