import { type FieldHook, type RichTextField, type RichTextFieldValidation, ValidationError } from 'payload'
import { richText } from 'payload/shared'

import { executableLink, refusedLink } from '@/payload/richText/checkLinks'
import { depthOf } from '@/payload/richText/walk'

type EditorState = { root?: { type?: unknown; children?: unknown } }

// Lists nested a dozen deep stay far below it; deeper trees only come from scripts.
const MAX_DEPTH = 40

/** Why a value can never be stored as rich text, in French, or null. */
const unreadable = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  const root = (value as EditorState)?.root
  if (typeof value !== 'object' || !root || typeof root !== 'object' || root.type !== 'root' || !Array.isArray(root.children))
    return 'Contenu illisible : le texte enrichi doit venir de l’éditeur (objet Lexical avec une racine « root »).'
  if (depthOf(value) > MAX_DEPTH) return `Contenu trop imbriqué : plus de ${MAX_DEPTH} niveaux les uns dans les autres.`
  return null
}

/**
 * On publish (Payload validates only then): the shape, the depth and every link address, in
 * French, before Lexical's own checks (whose message for a refused link is in English).
 */
export const validateRichText: RichTextFieldValidation = (value, options) =>
  unreadable(value) ?? (value ? refusedLink(value) : null) ?? richText(value, options)

/**
 * On every save, drafts and autosaves included: a tree that cannot be read or a link that
 * would run code is refused. An unfinished address waits in the draft (the editor may be
 * typing it); publishing requires it to be right.
 */
const refuseUnusable: FieldHook = ({ value, collection, path, req }) => {
  const problem = unreadable(value) ?? (value ? executableLink(value) : null)
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
