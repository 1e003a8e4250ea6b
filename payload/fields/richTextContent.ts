import { type FieldHook, type RichTextField, type RichTextFieldValidation, ValidationError } from 'payload'
import { richText } from 'payload/shared'

import { refusedLink } from '@/payload/richText/checkLinks'

type EditorState = { root?: { type?: unknown; children?: unknown } }

/** Why a value cannot be stored as rich text, in French, or null. */
const unusable = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  const root = (value as EditorState)?.root
  if (typeof value !== 'object' || !root || typeof root !== 'object' || root.type !== 'root' || !Array.isArray(root.children))
    return 'Contenu illisible : le texte enrichi doit venir de l’éditeur (objet Lexical avec une racine « root »).'
  return refusedLink(value)
}

/**
 * Lexical's own validation checks the nodes it finds, and finds none in a value that is not an
 * editor state at all (`{ root: "…" }`), which would then be stored and break the page that
 * renders it; and it reports a refused link address in English. Both are checked first, in
 * French, then Lexical's checks run as usual.
 */
export const validateRichText: RichTextFieldValidation = (value, options) => unusable(value) ?? richText(value, options)

/**
 * Payload skips validation when a draft is saved (autosave included), so the same checks run
 * again before every save: no draft holds an unreadable tree or a `javascript:` link either.
 */
const refuseUnusable: FieldHook = ({ value, collection, path, req }) => {
  const problem = unusable(value)
  if (problem) throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message: problem }] }, req.t)
  return value
}

/** A rich text field with those checks. */
export const richTextContent = (field: Omit<RichTextField, 'type' | 'validate'>): RichTextField => ({
  ...field,
  type: 'richText',
  validate: validateRichText,
  hooks: { ...field.hooks, beforeChange: [refuseUnusable, ...(field.hooks?.beforeChange ?? [])] },
})
