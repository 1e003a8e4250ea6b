import { describe, expect, it } from 'vitest'

import { summarise } from '@/bench/publishLatency'

describe('publish latency report', () => {
  it('gives the median (even and odd counts) and the worst run, rounded to the millisecond', () => {
    expect(summarise([80.4, 120.6, 95.2], [20, 30, 25])).toMatchObject({ runs: 3, medianMs: 95, worstMs: 121, saveMedianMs: 25 })
    expect(summarise([10, 20, 30, 40], [1, 2, 3, 4])).toMatchObject({ medianMs: 25, worstMs: 40, saveMedianMs: 3 })
  })
})
