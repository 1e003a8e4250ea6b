import type { GroupField, NumberField, NumberFieldSingleValidation, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { wholeNumber } from '@/payload/fields/wholeNumber'
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

/** A figure worth showing: a finite number (old rows may hold NaN, typed as text before validation). */
export const isFigure = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n)

/** Whether the range holds at least one figure. */
export const hasFigures = (range: PayRange | null | undefined): boolean =>
  Boolean(range && (isFigure(range.min) || isFigure(range.average) || isFigure(range.max)))

type PayProblem = { field: 'average' | 'max' | 'source' | 'year'; message: string }

/**
 * What keeps a range from being published, each on the field to correct: min ≤ average ≤ max
 * for whichever are filled, and any figure comes with its source and year (a figure nobody
 * vouches for is not information).
 */
export const payRangeProblems = (range: PayRange | null | undefined): PayProblem[] => {
  if (!range || !hasFigures(range)) return []
  const { min, average, max } = range
  const problems: PayProblem[] = []
  if (isFigure(min) && isFigure(max) && min > max) problems.push({ field: 'max', message: 'Le maximum est inférieur au minimum.' })
  if (isFigure(average) && isFigure(min) && average < min) problems.push({ field: 'average', message: 'La moyenne est inférieure au minimum.' })
  if (isFigure(average) && isFigure(max) && average > max) problems.push({ field: 'average', message: 'La moyenne dépasse le maximum.' })
  if (!range.source?.trim())
    problems.push({ field: 'source', message: frenchText`Indiquez la source de ces chiffres (organisme, étude ou « chiffres fictifs ») : la page n’affiche aucun chiffre sans source.` })
  if (!isFigure(range.year)) problems.push({ field: 'year', message: 'Indiquez l’année de ces chiffres.' })
  return problems
}

/** The first reason a range cannot be published, or true. */
export const validatePayRange = (range: PayRange | null | undefined): true | string => payRangeProblems(range)[0]?.message ?? true

/** A field's share of the range's problems: the message shows under the field to correct. */
const problemOn =
  (field: PayProblem['field']) =>
  (siblingData: unknown): true | string =>
    payRangeProblems(siblingData as PayRange).find((problem) => problem.field === field)?.message ?? true

/** The ranges the page may show, in reading order: those with figures, a source and a year. */
export const sourcedPayRanges = (pay: Pay | null | undefined) =>
  PAY_RANGES.flatMap(({ name, label, short }) => {
    const range = pay?.[name]
    if (!range || !hasFigures(range) || !range.source?.trim() || !isFigure(range.year)) return []
    return [{ name, label, short, range: range as PayRange & { source: string; year: number } }]
  })

const EUROS = wholeNumber({ min: 0, max: 100_000, unit: '€' })
const YEAR = wholeNumber({ min: 1990, max: 2100 })

const euros = (name: 'min' | 'average' | 'max', label: string): NumberField => ({
  name,
  type: 'number',
  label,
  admin: { step: 50, width: '33%', description: '€ brut par mois' },
  validate: (value, options) => {
    const base = EUROS(value, options)
    return base !== true || name === 'min' ? base : problemOn(name)(options.siblingData)
  },
})

const payRange = ({ name, label }: (typeof PAY_RANGES)[number], description: string): GroupField => ({
  name,
  type: 'group',
  label,
  admin: { description },
  fields: [
    { type: 'row', fields: [euros('min', 'Minimum'), euros('average', 'Moyenne'), euros('max', 'Maximum')] },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'text',
          label: 'Source',
          maxLength: 200,
          validate: ((value, options) => {
            const base = text(value, options)
            return base !== true ? base : problemOn('source')(options.siblingData)
          }) satisfies TextFieldSingleValidation,
          admin: { width: '50%', description: 'Organisme ou étude, ex. « Apec, baromètre des salaires ».' },
        },
        {
          name: 'year',
          type: 'number',
          label: 'Année des chiffres',
          validate: ((value, options) => {
            const base = YEAR(value, options)
            return base !== true ? base : problemOn('year')(options.siblingData)
          }) satisfies NumberFieldSingleValidation,
          admin: { width: '17%' },
        },
        webAddressField('sourceUrl', 'Lien vers la source', { width: '33%' }),
      ],
    },
  ],
})

const DESCRIPTIONS: Record<PayRangeName, string> = {
  beginner: 'Ce que gagne une personne qui débute.',
  experienced: 'Après plusieurs années dans le métier.',
  overall: 'Quand la source ne donne qu’une fourchette pour l’ensemble du métier, avec sa moyenne.',
}

/** The "Salaire" tab: three ranges of the same shape. */
export const payField: GroupField = {
  name: 'pay',
  type: 'group',
  label: 'Salaire mensuel brut',
  admin: { description: 'En euros bruts par mois, pour un temps plein. Pour publier, chaque chiffre demande sa source et son année.' },
  fields: PAY_RANGES.map((range) => payRange(range, DESCRIPTIONS[range.name])),
}
