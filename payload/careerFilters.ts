// The career filters shared by /metiers and /recherche: sector, "accessible with" level and
// minimum average salary, read from the address (so every filtered view is a link) and
// tolerant: an unknown value is ignored, never an error, so an old link still lists careers.
// /metiers also filters by interest ("interet").
import { interestBySlug, type Interest } from './careers/interests'
import { EDUCATION_LEVELS, type EducationLevel } from './fields/educationLevels'

/** Choices for "salaire moyen d'au moins", in euros gross per month. */
export const SALARY_STEPS = [1500, 2000, 2500, 3000, 3500, 4000] as const

export type CareerFilterParams = { secteur?: string | string[]; niveau?: string | string[]; salaire?: string | string[]; interet?: string | string[] }

export type CareerFilterValues = { sectorSlug?: string; level?: EducationLevel; salaryMin?: number; interest?: Interest }

const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

export const parseCareerFilters = (params: CareerFilterParams): CareerFilterValues => {
  const level = EDUCATION_LEVELS.find((l) => l.value === single(params.niveau))?.value
  const salary = Number(single(params.salaire))
  return {
    sectorSlug: single(params.secteur) || undefined,
    level,
    salaryMin: SALARY_STEPS.includes(salary as (typeof SALARY_STEPS)[number]) ? salary : undefined,
    interest: interestBySlug(single(params.interet)),
  }
}

/** Levels up to and including `level`: "accessible with a Bac +2" includes CAP and Bac. */
export const levelsUpTo = (level: EducationLevel): EducationLevel[] =>
  EDUCATION_LEVELS.slice(0, EDUCATION_LEVELS.findIndex((l) => l.value === level) + 1).map((l) => l.value)
