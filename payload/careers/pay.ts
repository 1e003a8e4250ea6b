import type { Field, GroupField } from 'payload'

import { frenchText } from '@/payload/i18n/typography'

import { webAddressField } from './webAddress'

// Monthly gross pay, in euros, for a full-time job: what a beginner earns, what an experienced
// professional earns, and, when a source gives only that, the whole profession's range with
// its average. Each range names its own source and year: a reader must be able to tell who
// says so and when, and the page shows no figure without them (`sourcedPayRanges`).

export const PAY_RANGES = [
  { name: 'beginner', label: 'En début de carrière', short: 'Débutant' },
  { name: 'experienced', label: 'Avec de l’expérience', short: 'Confirmé' },
  { name: 'overall', label: 'Toutes expériences confondues', short: 'Ensemble' },
] as const

export type PayRangeName = (typeof PAY_RANGES)[number]['name']

export type PayRange = {
  min?: number | null
  average?: number | null
  max?: number | null
  source?: string | null
  sourceUrl?: string | null
  year?: number | null
}

export type Pay = Partial<Record<PayRangeName, PayRange | null>>

const known = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n)

/** Whether the range holds at least one figure. */
export const hasFigures = (range: PayRange | null | undefined): boolean =>
  Boolean(range && (known(range.min) || known(range.average) || known(range.max)))

/**
 * A range that may be published: min ≤ average ≤ max for whichever are filled, and any figure
 * comes with its source and year (a figure nobody vouches for is not information).
 */
export const validatePayRange = (range: PayRange | null | undefined): true | string => {
  if (!range || !hasFigures(range)) return true
  const { min, average, max } = range
  if (known(min) && known(max) && min > max) return 'Le minimum dépasse le maximum.'
  if (known(average) && known(min) && average < min) return 'La moyenne est inférieure au minimum.'
  if (known(average) && known(max) && average > max) return 'La moyenne dépasse le maximum.'
  if (!range.source?.trim()) return frenchText`Indiquez la source de ces chiffres (organisme, étude ou « chiffres fictifs ») : la page n’affiche aucun chiffre sans source.`
  if (!known(range.year)) return 'Indiquez l’année de ces chiffres.'
  return true
}

/** The ranges the page may show, in reading order: those with figures, a source and a year. */
export const sourcedPayRanges = (pay: Pay | null | undefined) =>
  PAY_RANGES.flatMap(({ name, label, short }) => {
    const range = pay?.[name]
    if (!range || !hasFigures(range) || !range.source?.trim() || !known(range.year)) return []
    return [{ name, label, short, range: range as PayRange & { source: string; year: number } }]
  })

const euros = (name: 'min' | 'average' | 'max', label: string): Field => ({
  name,
  type: 'number',
  label,
  min: 0,
  max: 100_000,
  admin: { step: 50, width: '33%', description: '€ brut par mois' },
})

const payRange = (name: PayRangeName, label: string, description: string): GroupField => ({
  name,
  type: 'group',
  label,
  admin: { description },
  validate: (value: unknown) => validatePayRange(value as PayRange),
  fields: [
    { type: 'row', fields: [euros('min', 'Minimum'), euros('average', 'Moyenne'), euros('max', 'Maximum')] },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', label: 'Source', maxLength: 200, admin: { width: '50%', description: 'Organisme ou étude, ex. « Apec, baromètre des salaires ».' } },
        { name: 'year', type: 'number', label: 'Année des chiffres', min: 1990, max: 2100, admin: { width: '17%' } },
        { ...webAddressField('sourceUrl', 'Lien vers la source'), admin: { width: '33%' } },
      ],
    },
  ],
})

/** The "Salaire" tab: three ranges of the same shape. */
export const payField: GroupField = {
  name: 'pay',
  type: 'group',
  label: 'Salaire mensuel brut',
  admin: { description: 'En euros bruts par mois, pour un temps plein. Un chiffre sans source ni année n’est pas affiché.' },
  fields: [
    payRange('beginner', 'En début de carrière', 'Ce que gagne une personne qui débute.'),
    payRange('experienced', 'Avec de l’expérience', 'Après plusieurs années dans le métier.'),
    payRange('overall', 'Toutes expériences confondues', 'Quand la source ne donne qu’une fourchette pour l’ensemble du métier, avec sa moyenne.'),
  ],
}
