import type { TextField, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { frenchText } from '@/payload/i18n/typography'

/**
 * Field validation for the address of an outside page (a source, a training's official sheet):
 * empty, or an absolute http(s) address on a named host. Anything else would be a broken or
 * unsafe link on the page.
 */
export const validateWebAddress = (value: unknown): true | string => {
  if (value == null || value === '') return true
  if (typeof value !== 'string') return 'Adresse invalide.'
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return frenchText`Adresse invalide : saisissez l’adresse complète, qui commence par « https:// ».`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return frenchText`Adresse invalide : seules les adresses « https:// » (ou « http:// ») sont acceptées.`
  if (!url.hostname.includes('.')) return frenchText`Adresse invalide : le nom du site est incomplet.`
  return true
}

/** The address to link to, or null: what `validateWebAddress` accepts, trimmed. */
export const webAddress = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() && validateWebAddress(value) === true ? value.trim() : null

/** A text field holding such an address; Payload's own checks (length) still apply. */
export const webAddressField = (name: string, label: string, admin: { description?: string; width?: string } = {}): TextField => {
  const validate: TextFieldSingleValidation = (value, options) => {
    const base = text(value, options)
    return base === true ? validateWebAddress(value) : base
  }
  return { name, type: 'text', label, maxLength: 500, validate, admin }
}
