import { describe, expect, it } from 'vitest'

import { formatEuros, formatFrenchDate, publicationLine } from '@/app/(frontend)/format'

const NARROW_NBSP = '\u202f'
const NBSP = '\u00a0'

describe('formatEuros', () => {
  it('writes French amounts with the narrow no-break space between groups', () => {
    expect(formatEuros(2400)).toBe(`2${NARROW_NBSP}400${NBSP}€`)
    expect(formatEuros(1900)).toBe(`1${NARROW_NBSP}900${NBSP}€`)
    expect(formatEuros(12500)).toBe(`12${NARROW_NBSP}500${NBSP}€`)
  })

  it('shows whole euros', () => {
    expect(formatEuros(950)).toBe(`950${NBSP}€`)
  })
})

describe('formatFrenchDate', () => {
  it('reads the calendar in Paris, not in UTC', () => {
    // 23:30 UTC on 25/11 is already 00:30 on 26/11 in Paris (UTC+1 in winter).
    expect(formatFrenchDate('2025-11-25T23:30:00.000Z')).toBe('26/11/2025')
    // In summer Paris is UTC+2: 22:30 UTC on 30/06 is 00:30 on 01/07.
    expect(formatFrenchDate('2025-06-30T22:30:00.000Z')).toBe('01/07/2025')
    expect(formatFrenchDate('2025-06-30T21:59:00.000Z')).toBe('30/06/2025')
  })

  it('accepts Date objects', () => {
    expect(formatFrenchDate(new Date(Date.UTC(2025, 10, 20, 8)))).toBe('20/11/2025')
  })
})

describe('publicationLine', () => {
  it('always shows both dates, as on the model page', () => {
    expect(publicationLine('2025-11-25T08:00:00Z', '2025-11-25T08:00:00Z')).toBe(
      'Publication le 25/11/2025 | MAJ le 25/11/2025',
    )
    expect(publicationLine('2025-11-20T08:00:00Z', '2025-11-21T09:30:00Z')).toBe(
      'Publication le 20/11/2025 | MAJ le 21/11/2025',
    )
  })

  it('falls back to the publication date when no update is recorded', () => {
    expect(publicationLine('2025-11-19T08:00:00Z', null)).toBe('Publication le 19/11/2025 | MAJ le 19/11/2025')
  })
})
