import { timingSafeEqual } from 'node:crypto'

/** Compares a presented secret with the expected one in constant time (no timing oracle). */
export const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return expected.length > 0 && a.length === b.length && timingSafeEqual(a, b)
}
