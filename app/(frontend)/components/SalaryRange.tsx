import type { Career } from '@/payload-types'
import { formatEuros } from '@/app/(frontend)/format'

type Salary = NonNullable<Career['salary']>

/** The monthly gross range as figures and a bar, the average marked on it. */
export function SalaryRange({ salary }: { salary: Salary }) {
  const { min, max, average, year, source } = salary
  if (typeof min !== 'number' || typeof max !== 'number') return <p>Salaire non renseigné.</p>
  const position = typeof average === 'number' && max > min ? ((average - min) / (max - min)) * 100 : null
  return (
    <div className="salary">
      <p className="salary__figures">
        De <strong>{formatEuros(min)}</strong> à <strong>{formatEuros(max)}</strong> brut mensuel
        {typeof average === 'number' && (
          <>
            , <span className="salary__average">moyenne {formatEuros(average)}</span>
          </>
        )}
      </p>
      <div className="salary__scale" aria-hidden="true">
        <div className="salary__bar">
          {position !== null && <span className="salary__marker" style={{ left: `${position}%` }} />}
        </div>
        <div className="salary__ends">
          <span>{formatEuros(min)}</span>
          <span>{formatEuros(max)}</span>
        </div>
      </div>
      {(year || source) && (
        <p className="salary__source">
          {source}
          {year ? ` (chiffres ${year})` : ''}
        </p>
      )}
    </div>
  )
}
