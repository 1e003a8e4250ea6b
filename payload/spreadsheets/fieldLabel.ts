import { getTranslation } from '@payloadcms/translations'
import type { FlattenedField, PayloadRequest } from 'payload'

/** A field's label in the reader's admin language, as Payload shows it; its name when it has none. */
export const fieldLabel = (field: FlattenedField, req: PayloadRequest): string =>
  'label' in field && field.label ? String(getTranslation(field.label, req.i18n)) : field.name
