import { describe, expect, it } from 'vitest'

import { delayToNextTick } from '@/scripts/jobsRunner'

describe('jobs runner clock', () => {
  it('fires on wall-clock multiples of its period, so 09:00:00 runs at 09:00:00', () => {
    const nineOClock = Date.parse('2027-03-28T07:00:00.000Z')
    expect(delayToNextTick(nineOClock - 1_200, 5_000)).toBe(1_200)
    expect(nineOClock - 1_200 + delayToNextTick(nineOClock - 1_200, 5_000)).toBe(nineOClock)
    // Exactly on a tick: the next one, never a busy loop of zero delays.
    expect(delayToNextTick(nineOClock, 5_000)).toBe(5_000)
  })
})
