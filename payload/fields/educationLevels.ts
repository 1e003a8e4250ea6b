import { labelOf } from './choices'

/** Minimum education levels, in ascending order so a "niveau minimum" filter can compare ranks. */
export const EDUCATION_LEVELS = [
  { value: 'cap', label: 'CAP / BEP' },
  { value: 'bac', label: 'Bac' },
  { value: 'bac2', label: 'Bac +2 (BTS, BUT 2)' },
  { value: 'bac3', label: 'Bac +3 (licence, BUT)' },
  { value: 'bac4', label: 'Bac +4 (master 1)' },
  { value: 'bac5', label: "Bac +5 (master, diplôme d'ingénieur)" },
  { value: 'bac8', label: 'Bac +8 (doctorat)' },
] as const

export type EducationLevel = (typeof EDUCATION_LEVELS)[number]['value']

export const educationLevelLabel = labelOf(EDUCATION_LEVELS)

/** "Bac +5" for "Bac +5 (master, diplôme d'ingénieur)": the level without its examples, where space is short. */
export const educationLevelShortLabel = (value: string | null | undefined): string | undefined => educationLevelLabel(value)?.replace(/\s*\(.*\)$/, '')
