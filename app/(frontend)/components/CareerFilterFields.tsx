import { SALARY_STEPS, type CareerFilterValues } from '@/payload/careerFilters'
import { EDUCATION_LEVELS } from '@/payload/fields/educationLevels'
import type { SectorWithCount } from '@/payload/queries'
import { formatEuros } from '@/app/(frontend)/format'

type Props = { idPrefix: string; sectors: SectorWithCount[]; values: CareerFilterValues }

/** The sector, level and salary selects of a GET filter form (no JavaScript needed). */
export function CareerFilterFields({ idPrefix, sectors, values }: Props) {
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
