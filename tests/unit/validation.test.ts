import { describe, expect, it } from 'vitest'

import { validateRomeCodes } from '@/payload/fields/romeCodes'
import { validateSalaryRange } from '@/payload/fields/salary'

describe('validateRomeCodes', () => {
  it('accepts valid codes and an empty value', () => {
    expect(validateRomeCodes(['H2502', 'M1805'])).toBe(true)
    expect(validateRomeCodes(null)).toBe(true)
    expect(validateRomeCodes([])).toBe(true)
  })

  it('rejects codes outside A–N or with the wrong length, in French', () => {
    for (const bad of ['Z1234', 'h2502', 'H250', 'H25021', ' H2502']) {
      const result = validateRomeCodes([bad])
      expect(result).toMatch(/^Code ROME invalide/)
    }
  })
})

describe('validateSalaryRange', () => {
  it('accepts a coherent range and partial figures', () => {
    expect(validateSalaryRange({ min: 1900, average: 2400, max: 4500 })).toBe(true)
    expect(validateSalaryRange({ min: 1900 })).toBe(true)
    expect(validateSalaryRange({})).toBe(true)
  })

  it('rejects an inverted range or an average outside it', () => {
    expect(validateSalaryRange({ min: 5000, max: 4500 })).toMatch(/minimum/)
    expect(validateSalaryRange({ min: 1900, average: 1000, max: 4500 })).toMatch(/inférieur/)
    expect(validateSalaryRange({ min: 1900, average: 5000, max: 4500 })).toMatch(/dépasse le maximum/)
  })
})
