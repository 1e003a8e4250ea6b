// Turning autocannon results into the bench table: pure functions, unit-tested.

/** The p-th percentile of samples, by nearest rank. */
export const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export type Measure = {
  name: string
  connections: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** autocannon's percentiles are whole milliseconds; the mean has decimals. */
  meanMs: number
  errors: number
  /** Answers of another kind than the row measures: non-2xx, or anything but a 304 on a 304 row. */
  unexpected: number
  /** A row with errors or unexpected answers measured something else than its name says. */
  valid: boolean
  /** Serves the very bytes the ceiling rows serve (checked before the row runs). */
  sameBytesAsCeiling: boolean
  /** Average size of an answer's body and headers, in KiB: the ceiling serves the career page's. */
  kibPerAnswer: number
}

type AutocannonResult = {
  requests: { average: number; total?: number }
  throughput?: { total?: number }
  latency: { p50: number; p99: number; mean: number }
  errors: number
  timeouts: number
  non2xx: number
  '1xx'?: number
  '2xx'?: number
  '3xx'?: number
  '4xx'?: number
  '5xx'?: number
  /** Answers per status code, e.g. { '304': { count: 900 } }. */
  statusCodeStats?: Record<string, { count?: number }>
}

export type MeasureOptions = { expect304?: boolean; sameBytesAsCeiling?: boolean }

/** One row from an autocannon result; a 304 row counts every answer that is not a 304 as unexpected. */
export const toMeasure = (name: string, connections: number, result: AutocannonResult, { expect304 = false, sameBytesAsCeiling = false }: MeasureOptions = {}): Measure => {
  const answers = (result['1xx'] ?? 0) + (result['2xx'] ?? 0) + (result['3xx'] ?? 0) + (result['4xx'] ?? 0) + (result['5xx'] ?? 0)
  const unexpected = expect304 ? answers - (result.statusCodeStats?.['304']?.count ?? 0) : result.non2xx
  const errors = result.errors + result.timeouts
  return {
    name,
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: Math.round(result.latency.mean * 100) / 100,
    errors,
    unexpected,
    valid: errors === 0 && unexpected === 0 && answers > 0,
    sameBytesAsCeiling,
    kibPerAnswer: result.requests.total ? Math.round(((result.throughput?.total ?? 0) / result.requests.total / 1024) * 10) / 10 : 0,
  }
}

/** "28 %": a page's throughput as a share of the bare-Node ceiling measured in the same run. */
export const ratio = (rps: number, ceiling: number): string => (ceiling > 0 ? `${Math.round((rps / ceiling) * 100)} %` : '—')

/**
 * The bench's table. "Of ceiling" is every row's rate against the bare-Node ceiling at the same
 * connection count; "same bytes" says whether the row serves the ceiling's very bytes (otherwise
 * compare its KiB per answer with the ceiling's).
 */
export const table = (measures: Measure[], ceiling: Record<number, number>): string => {
  const header =
    '| page | conn. | req/s | of ceiling | same bytes | KiB/answer | p50 ms | p99 ms | mean ms | errors | unexpected | valid |\n| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |'
  const rows = measures.map(
    (m) =>
      `| ${m.name} | ${m.connections} | ${m.requestsPerSecond} | ${ratio(m.requestsPerSecond, ceiling[m.connections] ?? 0)} | ${m.sameBytesAsCeiling ? 'yes' : 'no'} | ${m.kibPerAnswer} | ${m.p50Ms} | ${m.p99Ms} | ${m.meanMs} | ${m.errors} | ${m.unexpected} | ${m.valid ? 'yes' : 'INVALID'} |`,
  )
  return [header, ...rows].join('\n')
}
