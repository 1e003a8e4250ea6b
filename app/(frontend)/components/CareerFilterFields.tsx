import { SALARY_STEPS, type CareerFilterValues } from '@/payload/careerFilters'
import { INTERESTS, interestSlug } from '@/payload/careers/interests'
import { EDUCATION_LEVELS } from '@/payload/fields/educationLevels'
import type { SectorWithCount } from '@/payload/queries'
import { formatEuros } from '@/app/(frontend)/format'

type Props = { idPrefix: string; sectors: SectorWithCount[]; values: CareerFilterValues; interestCounts?: Record<string, number> }

/**
 * The sector, level and salary selects of a GET filter form (no JavaScript needed), and the
 * interest one where the list filters by interest (given `interestCounts`: /metiers, not the
 * search), offering the interests published careers have (and the one chosen).
 */
export function CareerFilterFields({ idPrefix, sectors, values, interestCounts }: Props) {
  const byInterest = Boolean(interestCounts)
  const interests = INTERESTS.filter((interest) => interestCounts?.[interest.value] || interest.value === values.interest?.value)
  return (
    <>
      <div className="filters__field">
        <label htmlFor={`${idPrefix}-secteur`}>Secteur</label>
        <select id={`${idPrefix}-secteur`} name="secteur" defaultValue={values.sectorSlug ?? ''}>
          <option value="">Tous les secteurs</option>
          {sectors.map((s) => (
            <option key={s.id} value={s.slug ?? ''}>
              {s.title} ({s.careerCount})
            </option>
          ))}
        </select>
      </div>
      {byInterest && (
        <div className="filters__field">
          <label htmlFor={`${idPrefix}-interet`}>J’aime…</label>
          <select id={`${idPrefix}-interet`} name="interet" defaultValue={values.interest ? interestSlug(values.interest) : ''}>
            <option value="">Tous les centres d’intérêt</option>
            {interests.map((interest) => (
              <option key={interest.value} value={interestSlug(interest)}>
                {interest.label} ({interestCounts?.[interest.value] ?? 0})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="filters__field">
        <label htmlFor={`${idPrefix}-niveau`}>Accessible avec</label>
        <select id={`${idPrefix}-niveau`} name="niveau" defaultValue={values.level ?? ''}>
          <option value="">Tous les niveaux</option>
          {EDUCATION_LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label} ou moins
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor={`${idPrefix}-salaire`}>Salaire moyen brut</label>
        <select id={`${idPrefix}-salaire`} name="salaire" defaultValue={values.salaryMin ?? ''}>
          <option value="">Tous les salaires</option>
          {SALARY_STEPS.map((amount) => (
            <option key={amount} value={amount}>
              {formatEuros(amount)} par mois ou plus
            </option>
          ))}
        </select>
      </div>
    </>
  )
}
