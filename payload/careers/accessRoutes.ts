import type { ArrayField } from 'payload'

import { labelOf, optionsOf } from '@/payload/fields/choices'
import { EDUCATION_LEVELS } from '@/payload/fields/educationLevels'
import { wholeNumber } from '@/payload/fields/wholeNumber'

import { webAddressField } from './webAddress'

// How to get there, by where the reader stands: the four starting points guidance services use
// (after the 3e, after the bac, after a first higher degree, adults changing career), each with
// its training paths.

export const STARTING_POINTS = [
  { value: 'after3e', label: 'Après la 3e' },
  { value: 'afterBac', label: 'Après le bac' },
  { value: 'afterHigherDegree', label: 'Après un premier diplôme du supérieur' },
  { value: 'careerChange', label: 'En reconversion (adultes)' },
] as const

export type StartingPoint = (typeof STARTING_POINTS)[number]['value']

/** The bac series of the lycée général, technologique and professionnel (réforme 2021). */
export const BAC_TYPES = [
  { value: 'general', label: 'Bac général' },
  { value: 'sti2d', label: 'Bac STI2D' },
  { value: 'stl', label: 'Bac STL' },
  { value: 'stmg', label: 'Bac STMG' },
  { value: 'st2s', label: 'Bac ST2S' },
  { value: 'std2a', label: 'Bac STD2A' },
  { value: 'stav', label: 'Bac STAV' },
  { value: 'sthr', label: 'Bac STHR' },
  { value: 's2tmd', label: 'Bac S2TMD' },
  { value: 'pro', label: 'Bac professionnel' },
] as const

export const startingPointLabel = labelOf(STARTING_POINTS)

export const bacLabel = (value: string) => labelOf(BAC_TYPES)(value) ?? value

/** "2 ans", "1 an", "6 mois", "18 mois": a duration in months as people say it. */
export const durationLabel = (months: number | null | undefined): string | null => {
  if (typeof months !== 'number' || !Number.isFinite(months) || months <= 0) return null
  if (months % 12 === 0) return months === 12 ? '1 an' : `${months / 12} ans`
  return `${months} mois`
}

export const accessRoutesField: ArrayField = {
  name: 'accessRoutes',
  type: 'array',
  label: 'Comment y accéder',
  labels: { singular: 'Parcours', plural: 'Parcours' },
  maxRows: 12,
  admin: {
    description: 'Un parcours par point de départ : après la 3e, après le bac, après un premier diplôme du supérieur, en reconversion.',
    initCollapsed: false,
    components: { RowLabel: '/payload/admin/CareerRowLabels#AccessRouteRowLabel' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'startingPoint',
          type: 'select',
          label: 'Point de départ',
          options: optionsOf(STARTING_POINTS),
          // Optional: training paths written before this field existed were moved here without one
          // (20261201 career model migration). Requiring it would refuse every later save of those
          // sheets, a scheduled publication included; the row says "point de départ à choisir".
          admin: { width: '50%', description: 'Sans point de départ, la page titre ce parcours « Formations possibles ».' },
        },
        {
          name: 'bacs',
          type: 'select',
          hasMany: true,
          label: 'Quels bacs',
          options: optionsOf(BAC_TYPES),
          admin: { width: '50%', condition: (_, row) => row?.startingPoint === 'afterBac', description: 'Les bacs qui préparent le mieux à ce parcours.' },
        },
      ],
    },
    { name: 'note', type: 'textarea', label: 'Précisions sur ce parcours', maxLength: 600 },
    {
      name: 'trainings',
      type: 'array',
      label: 'Formations',
      labels: { singular: 'Formation', plural: 'Formations' },
      minRows: 1,
      maxRows: 12,
      admin: { components: { RowLabel: '/payload/admin/CareerRowLabels#TrainingRowLabel' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', type: 'text', label: 'Diplôme ou formation', required: true, maxLength: 200, admin: { width: '45%' } },
            {
              name: 'level',
              type: 'select',
              label: 'Niveau',
              options: optionsOf(EDUCATION_LEVELS),
              admin: { width: '30%' },
            },
            {
              name: 'durationMonths',
              type: 'number',
              label: 'Durée (en mois)',
              validate: wholeNumber({ min: 1, max: 120, unit: 'mois' }),
              admin: { width: '25%', step: 1, description: 'Ex. 24 pour deux ans.' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'apprenticeship', type: 'checkbox', label: 'Possible en apprentissage', admin: { width: '33%' } },
            webAddressField('officialUrl', 'Fiche officielle de la formation', {
              width: '67%',
              description: 'Sur onisep.fr, francecompetences.fr (RNCP) ou le site de l’établissement.',
            }),
          ],
        },
        { name: 'details', type: 'textarea', label: 'Précisions', maxLength: 600 },
      ],
    },
  ],
}
