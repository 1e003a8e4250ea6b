import type { NumberFieldSingleValidation } from 'payload'

const figure = new Intl.NumberFormat('fr-FR')

/**
 * Validation for a number field that holds a whole number within bounds (euros, a year, months).
 * Payload turns a typed "abc" into NaN and lets it through, and writes its bounds messages as
 * "… pour Valeur (1)": this says in French what to type, and refuses fractions.
 */
export const wholeNumber =
  ({ min, max, unit = '' }: { min: number; max: number; unit?: string }): NumberFieldSingleValidation =>
  (value, { required }) => {
    if (value === null || value === undefined) return required ? 'Ce champ est obligatoire.' : true
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'Saisissez un nombre, en chiffres.'
    if (!Number.isInteger(value)) return 'Saisissez un nombre entier.'
    if (value < min || value > max) return `Saisissez un nombre entre ${figure.format(min)} et ${figure.format(max)}${unit ? `\u00a0${unit}` : ''}.`
    return true
  }
