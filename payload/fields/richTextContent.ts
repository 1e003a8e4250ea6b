import type { RichTextField, RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'

type EditorState = { root?: { type?: unknown; children?: unknown } }

/**
 * Lexical's own validation checks the nodes it finds, and finds none in a value that is not an
 * editor state at all (`{ root: "…" }`), which would then be stored and break the page that
 * renders it. The shape is checked first, in French, then Lexical's checks run as usual.
 */
export const validateRichText: RichTextFieldValidation = (value, options) => {
  if (value === null || value === undefined) return richText(value, options)
  const root = (value as EditorState)?.root
  if (typeof value !== 'object' || !root || typeof root !== 'object' || root.type !== 'root' || !Array.isArray(root.children))
    return 'Contenu illisible : le texte enrichi doit venir de l’éditeur (objet Lexical avec une racine « root »).'
  return richText(value, options)
}

/** A rich text field with that validation. */
export const richTextContent = (field: Omit<RichTextField, 'type' | 'validate'>): RichTextField => ({ ...field, type: 'richText', validate: validateRichText })
