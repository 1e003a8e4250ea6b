import type { Career } from '@/payload-types'
import { isFigure as known, type PayRange, sourcedPayRanges } from '@/payload/careers/pay'
import { sharedPayScale } from '@/payload/careers/comparison'
import { webAddress } from '@/payload/careers/webAddress'
import { formatEuros } from '@/app/(frontend)/format'

/** "De 1 900 € à 2 300 €", "À partir de 1 900 €", "Jusqu’à 4 500 €": what the range says, no more. */
const rangeText = ({ min, max }: PayRange) => {
  if (known(min) && known(max)) return min === max ? formatEuros(min) : `De ${formatEuros(min)} à ${formatEuros(max)}`
  if (known(min)) return `À partir de ${formatEuros(min)}`
  if (known(max)) return `Jusqu’à ${formatEuros(max)}`
  return null
}

/** "De 1 900 € à 2 300 €, moyenne 2 100 €", or "En moyenne 2 100 €" when only the average is known. */
export function RangeFigures({ range }: { range: PayRange }) {
  const text = rangeText(range)
  return (
    <span className="pay__figures">
      {text}
      {known(range.average) && (
        <>
          {text ? ', ' : ''}
          <span className="pay__average">{text ? 'moyenne' : 'En moyenne'} {formatEuros(range.average)}</span>
        </>
      )}
    </span>
  )
}

/** A range as a bar on a scale from `low` to `high` euros (decorative: the words say it all). */
export function PayBar({ range, low, high }: { range: PayRange; low: number; high: number }) {
  if (!(known(range.min) && known(range.max) && high > low)) return null
  const at = (amount: number) => ((amount - low) / (high - low)) * 100
  return (
    <span className="pay__bar" aria-hidden="true">
      <span className="pay__span" style={{ left: `${at(range.min)}%`, width: `${Math.max(at(range.max) - at(range.min), 1)}%` }} />
      {known(range.average) && <span className="pay__marker" style={{ left: `${at(range.average)}%` }} />}
    </span>
  )
}

/** "Source : Apec, 2025", the source a link when it has an address. */
export function SourceLine({ range }: { range: PayRange & { source: string; year: number } }) {
  const href = webAddress(range.sourceUrl)
  return (
    <p className="pay__source">
      {'Source\u00a0: '}
      {href ? <a href={href}>{range.source}</a> : range.source}, {range.year}
    </p>
  )
}

/**
 * The sourced monthly gross ranges (beginner, experienced, whole profession), each in words and
 * as a bar on one shared scale, so a reader sees at a glance how pay grows. A figure without
 * a source and a year is never shown (sourcedPayRanges); a source shared by every range is
 * written once, under them.
 */
export function PayScale({ pay }: { pay: Career['pay'] }) {
  const ranges = sourcedPayRanges(pay)
  if (!ranges.length) return <p>Pas encore de chiffres sourcés pour ce métier.</p>
  const scale = sharedPayScale([pay])
  const sourceKey = ({ range }: (typeof ranges)[number]) => `${range.source}|${range.year}|${range.sourceUrl ?? ''}`
  const oneSource = new Set(ranges.map(sourceKey)).size === 1
  return (
    <div className="pay">
      <p className="pay__intro">Salaire brut par mois, pour un temps plein.</p>
      <dl className="pay__ranges">
        {ranges.map(({ name, label, range }) => (
          <div key={name} className={`pay__range pay__range--${name}`}>
            <dt>{label}</dt>
            <dd>
              <RangeFigures range={range} />
              {scale && <PayBar range={range} {...scale} />}
              {!oneSource && <SourceLine range={range} />}
            </dd>
          </div>
        ))}
      </dl>
      {oneSource && <SourceLine range={ranges[0]!.range} />}
    </div>
  )
}
