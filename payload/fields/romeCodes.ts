import { frenchText } from '@/payload/i18n/typography'

// ROME codes (France Travail's job directory): one letter A–N for the domain, four digits.
const ROME_CODE = /^[A-N]\d{4}$/

export const validateRomeCodes = (value: unknown): true | string => {
  if (value == null) return true
  const codes = Array.isArray(value) ? value : [value]
  const invalid = codes.filter((code) => typeof code !== 'string' || !ROME_CODE.test(code))
  if (invalid.length === 0) return true
  return frenchText`Code ROME invalide : ${invalid.map(String).join(', ')}. Format attendu : une lettre de A à N puis 4 chiffres (ex. H1206).`
}
