import { type FieldHook, type RichTextField, type RichTextFieldValidation, ValidationError } from 'payload'
import { richText } from 'payload/shared'

import { frenchText } from '@/payload/i18n/typography'
import { executableLink, refusedLink } from '@/payload/richText/checkLinks'
import { NODE_TABLE } from '@/payload/richText/nodeTable'
import { LINKABLE_COLLECTIONS } from '@/payload/richText/references'
import { depthOf, walk } from '@/payload/richText/walk'

type EditorState = { root?: { type?: unknown; children?: unknown } }

// Lists nested a dozen deep stay far below it; deeper trees only come from scripts.
const MAX_DEPTH = 40

// Lexical's serialized shapes: nodes that hold others, nodes that hold text.
const CONTAINERS = new Set(['root', 'paragraph', 'heading', 'quote', 'code', 'list', 'listitem', 'link', 'autolink'])
const TEXTS = new Set(['text', 'tab', 'code-highlight'])
const HEADING_TAGS = ['h2', 'h3', 'h4'] as const

/** The first node of the tree Lexical cannot read or the pages cannot render, in French, or null. */
const badNode = (value: unknown): string | null => {
  for (const node of walk(value, { all: true })) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return frenchText`Contenu illisible : un élément du texte n’est pas un nœud de l’éditeur.`
    const { type, children, text } = node as { type?: unknown; children?: unknown; text?: unknown }
    if (typeof type !== 'string' || (type !== 'root' && !Object.hasOwn(NODE_TABLE, type))) return frenchText`Contenu illisible : élément de type inconnu (« ${String(type).slice(0, 40)} »).`
    if (CONTAINERS.has(type) && !Array.isArray(children)) return frenchText`Contenu illisible : l’élément « ${type} » n’a pas de liste d’enfants.`
    if (!CONTAINERS.has(type) && children !== undefined) return frenchText`Contenu illisible : l’élément « ${type} » ne peut pas en contenir d’autres.`
    if (TEXTS.has(type) && typeof text !== 'string') return frenchText`Contenu illisible : le texte d’un élément « ${type} » doit être une chaîne de caractères.`
    // What the editor offers (payload/richText/editor.ts), so that a draft never holds what
    // publishing would refuse, in Lexical's English.
    const { tag, relationTo } = node as { tag?: unknown; relationTo?: unknown }
    if (type === 'heading' && !HEADING_TAGS.includes(tag as never)) return frenchText`Titre intermédiaire de niveau « ${String(tag).slice(0, 20)} » : seuls h2, h3 et h4 existent ici.`
    if (type === 'upload' && relationTo !== 'media') return 'Une image du texte doit venir de la médiathèque (Images).'
    if (type === 'relationship' && !LINKABLE_COLLECTIONS.includes(relationTo as never))
      return 'Une fiche insérée dans le texte doit être un métier, une actualité ou un secteur.'
  }
  return null
}

/** Why a value can never be stored as rich text, in French, or null. */
const unreadable = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  const root = (value as EditorState)?.root
  if (typeof value !== 'object' || !root || typeof root !== 'object' || root.type !== 'root' || !Array.isArray(root.children))
    return frenchText`Contenu illisible : le texte enrichi doit venir de l’éditeur (objet Lexical avec une racine « root »).`
  if (depthOf(value) > MAX_DEPTH) return frenchText`Contenu trop imbriqué : plus de ${MAX_DEPTH} niveaux les uns dans les autres.`
  return badNode(value)
}

/**
 * On publish (Payload validates only then): the shape, the depth and every link address, in
 * French, before Lexical's own checks (whose message for a refused link is in English).
 */
export const validateRichText: RichTextFieldValidation = (value, options) =>
  unreadable(value) ?? (value ? refusedLink(value) : null) ?? richText(value, options)

/**
 * On every save, drafts and autosaves included (Payload validates only on publish): a tree that
 * cannot be read or a link that would run code is refused. A field hook rather than Payload's
 * `versions.drafts.validate`, which would also check every other field on each autosave and
 * refuse an unfinished draft. Before validation, where Lexical's own hooks would otherwise meet
 * the tree first (and fail with a 500 on a null node). An unfinished address waits in the draft
 * (the editor may be typing it); publishing requires it to be right.
 */
const refuseUnusable: FieldHook = ({ value, previousValue, collection, path, req }) => {
  // Unchanged (or absent from an update, when Payload hands the stored value): what was stored
  // before a stricter check must not block saving the rest of the document.
  // (Compared once the depth is known to be sane: JSON.stringify recurses.)
  if (value === previousValue || (depthOf(value) <= MAX_DEPTH && value && previousValue && JSON.stringify(value) === JSON.stringify(previousValue))) return value
  const problem = unreadable(value) ?? (value ? executableLink(value) : null)
  if (problem) throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message: problem }] }, req.t)
  return value
}

/** A rich text field with those checks. */
export const richTextContent = (field: Omit<RichTextField, 'type' | 'validate'>): RichTextField => ({
  ...field,
  type: 'richText',
  validate: validateRichText,
  hooks: { ...field.hooks, beforeValidate: [refuseUnusable, ...(field.hooks?.beforeValidate ?? [])] },
})
