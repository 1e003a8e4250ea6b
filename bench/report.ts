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
  non2xx: number
}

type AutocannonResult = {
  requests: { average: number }
  latency: { p50: number; p99: number; mean: number }
  errors: number
  timeouts: number
  non2xx: number
  '2xx'?: number
  '3xx'?: number
}

/** One row from an autocannon result. 304s count as success for the conditional GET row. */
export const toMeasure = (name: string, connections: number, result: AutocannonResult, expect304 = false): Measure => ({
  name,
  connections,
  requestsPerSecond: Math.round(result.requests.average),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  meanMs: Math.round(result.latency.mean * 100) / 100,
  errors: result.errors + result.timeouts,
  non2xx: expect304 ? result.non2xx - (result['3xx'] ?? 0) : result.non2xx,
})

/** "28 %": a page's throughput as a share of the bare-Node ceiling measured in the same run. */
export const ratio = (rps: number, ceiling: number): string => (ceiling > 0 ? `${Math.round((rps / ceiling) * 100)} %` : '—')

export const table = (measures: Measure[], ceiling: Record<number, number>): string => {
  const header = '| page | conn. | req/s | of ceiling | p50 ms | p99 ms | mean ms | errors | non-2xx |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  const rows = measures.map(
    (m) =>
      `| ${m.name} | ${m.connections} | ${m.requestsPerSecond} | ${ratio(m.requestsPerSecond, ceiling[m.connections] ?? 0)} | ${m.p50Ms} | ${m.p99Ms} | ${m.meanMs} | ${m.errors} | ${m.non2xx} |`,
  )
  return [header, ...rows].join('\n')
}
