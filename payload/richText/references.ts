// What a rich-text tree points at: internal links, relationship blocks and images, by document
// id. Pure: the read model resolves them (payload/richText/resolveReferences.ts) and the
// reverse index of links (payload/fields/linkIndex.ts) stores them.

import { walk } from './walk'

export const LINKABLE_COLLECTIONS = ['careers', 'news', 'sectors'] as const
export type LinkableCollection = (typeof LINKABLE_COLLECTIONS)[number]
export type ReferenceCollection = LinkableCollection | 'media'

export type Reference = { relationTo: ReferenceCollection; id: number }

/** A target as the renderers need it, or null when visitors may not see it (draft, deleted). */
export type ResolvedDocument = { kind: LinkableCollection; title: string; slug: string; path: string; summary?: string | null }
export type ResolvedMedia = {
  kind: 'media'
  url: string
  alt: string
  width?: number | null
  height?: number | null
  credit?: string | null
}
/** Keyed by `referenceKey`; plain data, so it survives Next's data cache. */
export type References = Record<string, ResolvedDocument | ResolvedMedia | null>

export const referenceKey = (relationTo: string, id: number | string): string => `${relationTo}:${id}`

const REFERENCE_COLLECTIONS = new Set<string>([...LINKABLE_COLLECTIONS, 'media'])

type LexicalNode = {
  type?: unknown
  children?: unknown
  relationTo?: unknown
  value?: unknown
  fields?: { linkType?: unknown; doc?: { relationTo?: unknown; value?: unknown } | null } | null
}

/** A stored relation value: an id, or a populated document (older content, REST clients). */
export const referencedId = (value: unknown): number | null => {
  const raw = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null
}

const referenceOf = (node: LexicalNode): Reference | null => {
  let relationTo: unknown
  let value: unknown
  if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType === 'internal') {
    relationTo = node.fields.doc?.relationTo
    value = node.fields.doc?.value
  } else if (node.type === 'relationship' || node.type === 'upload') {
    relationTo = node.relationTo
    value = node.value
  } else return null
  const id = referencedId(value)
  return typeof relationTo === 'string' && REFERENCE_COLLECTIONS.has(relationTo) && id !== null
    ? { relationTo: relationTo as ReferenceCollection, id }
    : null
}

/** Every document the tree points at, once each, in reading order. */
export const collectReferences = (tree: unknown): Reference[] => {
  const found = new Map<string, Reference>()
  for (const node of walk(tree)) {
    const reference = referenceOf(node as LexicalNode)
    if (reference) found.set(referenceKey(reference.relationTo, reference.id), reference)
  }
  return [...found.values()]
}

/** The linked documents of a tree, by collection (images apart): the reverse index's rows. */
export const linkedIds = (tree: unknown): Record<LinkableCollection, number[]> => {
  const ids: Record<LinkableCollection, number[]> = { careers: [], news: [], sectors: [] }
  for (const { relationTo, id } of collectReferences(tree)) if (relationTo !== 'media') ids[relationTo].push(id)
  return ids
}
