import { describe, expect, it } from 'vitest'

import { ratio, table, toMeasure } from '@/bench/report'

// autocannon's counts: 1 200 answers, 40 of them 304s, plus 3 errors and timeouts.
const result = { requests: { average: 1234.6 }, latency: { p50: 7, p99: 21, mean: 8.4567 }, errors: 1, timeouts: 2, non2xx: 40, '2xx': 1160, '3xx': 40 }
const clean = { requests: { average: 900, total: 9000 }, throughput: { total: 9000 * 30 * 1024 }, latency: { p50: 5, p99: 9, mean: 5.5 }, errors: 0, timeouts: 0, non2xx: 0, '2xx': 900 }
const all304 = { ...clean, non2xx: 900, '2xx': 0, '3xx': 900, statusCodeStats: { '304': { count: 900 } } }
const redirects = { ...clean, non2xx: 900, '2xx': 0, '3xx': 900, statusCodeStats: { '308': { count: 900 } } }

describe('bench report', () => {
  it('reads an autocannon result: errors include timeouts, non-2xx answers are unexpected', () => {
    expect(toMeasure('/x', 10, result)).toMatchObject({ name: '/x', connections: 10, requestsPerSecond: 1235, p50Ms: 7, p99Ms: 21, meanMs: 8.46, errors: 3, unexpected: 40, valid: false })
    expect(toMeasure('/x', 10, clean)).toMatchObject({ errors: 0, unexpected: 0, valid: true })
  })

  it('counts every answer but a 304 as unexpected on a 304 row, so a row of 200s or of redirects is invalid', () => {
    expect(toMeasure('/rss.xml (304)', 10, all304, { expect304: true })).toMatchObject({ unexpected: 0, valid: true })
    expect(toMeasure('/rss.xml (304)', 10, clean, { expect304: true })).toMatchObject({ unexpected: 900, valid: false })
    expect(toMeasure('/rss.xml (304)', 10, redirects, { expect304: true })).toMatchObject({ unexpected: 900, valid: false })
  })

  it('marks a row without any answer invalid', () => {
    expect(toMeasure('/x', 10, { ...clean, '2xx': 0 }).valid).toBe(false)
  })

  it('gives every row its share of the ceiling, says which serve its very bytes and their size, and marks invalid rows', () => {
    expect(ratio(550, 5500)).toBe('10 %')
    expect(ratio(550, 0)).toBe('—')
    const rendered = table([toMeasure('/same', 10, clean, { sameBytesAsCeiling: true }), toMeasure('/other', 10, clean), toMeasure('/x', 10, result)], { 10: 4500 })
    expect(rendered).toContain('| /same | 10 | 900 | 20 % | yes | 30 | 5 | 9 | 5.5 | 0 | 0 | yes |')
    expect(rendered).toContain('| /other | 10 | 900 | 20 % | no | 30 | 5 | 9 | 5.5 | 0 | 0 | yes |')
    expect(rendered).toContain('| /x | 10 | 1235 | 27 % | no | 0 | 7 | 21 | 8.46 | 3 | 40 | INVALID |')
  })
})
