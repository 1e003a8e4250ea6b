import { describe, expect, it } from 'vitest'

import { ratio, table, toMeasure } from '@/bench/report'

const result = { requests: { average: 1234.6 }, latency: { p50: 7, p99: 21, mean: 8.4567 }, errors: 1, timeouts: 2, non2xx: 40, '3xx': 40 }

describe('bench report', () => {
  it('reads an autocannon result, counting 304s as success only where they are expected', () => {
    expect(toMeasure('/x', 10, result)).toEqual({ name: '/x', connections: 10, requestsPerSecond: 1235, p50Ms: 7, p99Ms: 21, meanMs: 8.46, errors: 3, non2xx: 40 })
    expect(toMeasure('/rss.xml (304)', 10, result, true).non2xx).toBe(0)
  })

  it('expresses throughput as a share of the ceiling measured in the same run', () => {
    expect(ratio(550, 5500)).toBe('10 %')
    expect(ratio(550, 0)).toBe('—')
    const rendered = table([toMeasure('/x', 10, result)], { 10: 4939 })
    expect(rendered).toContain('| /x | 10 | 1235 | 25 % | 7 | 21 | 8.46 | 3 | 40 |')
  })
})
