import { describe, expect, it } from 'vitest'

import { validateRomeCodes } from '@/payload/fields/romeCodes'

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
