// How every rich-text node looks, in one table: tag, attributes, and where a link points.
// The page and preview (JSX, app/(frontend)/components/RichText.tsx) and the feeds (HTML,
// payload/richText/toHtml.ts, ready for e-mails too) both materialise these views through
// Payload's converters, so the outputs cannot drift apart. Pure: plain node data and resolved
// references in.
import { absoluteUrl } from '@/payload/routes'
import { withoutForbiddenCharacters } from '@/payload/text/forbiddenCharacters'

import { type References, type ResolvedDocument, type ResolvedMedia, referenceKey, referencedId } from './references'
import { safeHref } from './safeHref'

export type LexicalNode = { type: string; children?: LexicalNode[]; [key: string]: unknown }

export type Attributes = Record<string, string | number | boolean | undefined>

/** Where the node's own children (or the given nodes) are rendered by the converter. */
export type Slot = { slot: true; nodes?: LexicalNode[] }

/** What a node becomes: nothing, text, its children alone (a slot), or an element. */
export type View = null | string | Slot | { tag: string; attrs?: Attributes; content?: View[] }

export type RenderContext = {
  references: References
  /** Shift of heading levels under the page's own outline (a page keeps one h1). */
  headingOffset: number
  /**
   * Feeds (and e-mails, later) are read away from the site: every address is absolute there,
   * anchors and queries ("#formations", "?page=2") resolved against the document's own page.
   */
  absolute?: { page: string }
}

type Describe = (node: LexicalNode, context: RenderContext, parent: LexicalNode | undefined) => View

const slot = (nodes?: LexicalNode[]): Slot => ({ slot: true, ...(nodes ? { nodes } : {}) })
const element = (tag: string, content: View[] = [], attrs?: Attributes): View => ({ tag, attrs, content })
/** A block of text, written right to left when the editor's text is (Arabic, Hebrew). */
const block = (node: LexicalNode, tag: string, content: View[], attrs: Attributes = {}): View =>
  element(tag, content, node.direction === 'rtl' ? { ...attrs, dir: 'rtl' } : attrs)

export const isSlot = (view: View): view is Slot => typeof view === 'object' && view !== null && 'slot' in view

/** Site-relative addresses become absolute where the reader is not on the site. */
const address = (href: string, context: RenderContext): string => {
  if (!context.absolute) return href
  if (href.startsWith('/')) return absoluteUrl(href)
  if (href.startsWith('?') || href.startsWith('#')) return new URL(href, absoluteUrl(context.absolute.page)).toString()
  return href
}

/** Whether a node holds any visible text (Lexical keeps empty headings and quotes). */
const hasText = (node: LexicalNode): boolean =>
  node.type === 'text' ? String(node.text ?? '').trim() !== '' : (node.children ?? []).some(hasText)

const resolved = (context: RenderContext, relationTo: unknown, value: unknown) => {
  const id = referencedId(value)
  return typeof relationTo === 'string' && id !== null ? (context.references[referenceKey(relationTo, id)] ?? null) : null
}

const documentOf = (context: RenderContext, relationTo: unknown, value: unknown): ResolvedDocument | null => {
  const target = resolved(context, relationTo, value)
  return target && target.kind !== 'media' ? target : null
}

// Lexical's text format bits (lexical/LexicalConstants: IS_BOLD … IS_HIGHLIGHT).
const FORMATS: [bit: number, tag: string][] = [
  [1 << 4, 'code'],
  [1 << 5, 'sub'],
  [1 << 6, 'sup'],
  [1 << 7, 'mark'],
  [1 << 2, 's'],
  [1 << 1, 'em'],
  [1, 'strong'],
  // Underline (1 << 3) is left out of the editor and not rendered: on the web it reads as a link.
]

const KIND_LABELS: Record<ResolvedDocument['kind'], string> = {
  careers: 'Fiche métier',
  news: 'Actualité',
  sectors: 'Secteur',
}

/** A list item holding only a nested list belongs to the item before it (Lexical stores it apart). */
const withNestedListsInPlace = (items: LexicalNode[]): LexicalNode[] => {
  const merged: LexicalNode[] = []
  for (const item of items) {
    const previous = merged[merged.length - 1]
    const onlyAList = item.children?.length === 1 && item.children[0]?.type === 'list'
    if (onlyAList && previous) merged[merged.length - 1] = { ...previous, children: [...(previous.children ?? []), ...item.children!] }
    else merged.push(item)
  }
  return merged
}

const link: Describe = (node, context) => {
  const fields = (node.fields ?? {}) as { linkType?: string; url?: unknown; doc?: { relationTo?: unknown; value?: unknown }; newTab?: boolean }
  const href =
    fields.linkType === 'internal'
      ? documentOf(context, fields.doc?.relationTo, fields.doc?.value)?.path
      : safeHref(fields.url)
  // A target visitors cannot open (unpublished, deleted) or an address we refuse: its text only.
  if (!href) return slot()
  return element('a', [slot()], {
    href: address(href, context),
    ...(fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {}),
  })
}

const image = (media: ResolvedMedia, context: RenderContext): View =>
  element(
    'figure',
    [
      element('img', [], {
        src: address(media.url, context),
        alt: media.alt,
        width: media.width ?? undefined,
        height: media.height ?? undefined,
        loading: 'lazy',
        decoding: 'async',
      }),
      media.credit ? element('figcaption', [`Crédit : ${media.credit}`]) : null,
    ],
    { class: 'rich-figure' },
  )

/**
 * One entry per node type the editor can insert (payload/richText/editor.ts), plus the nodes
 * older content may hold. A type missing here renders its children, never "unknown node".
 */
export const NODE_TABLE: Record<string, Describe> = {
  // Empty paragraphs, or only spaces (a word processor's blank lines), are no paragraph.
  paragraph: (node) => (hasText(node) || node.children?.some((child) => child.type !== 'text' && child.type !== 'linebreak') ? block(node, 'p', [slot()]) : null),
  text: (node) => {
    // Defence in depth: text is cleaned when saved, but older rows may hold such characters.
    let view: View = typeof node.text === 'string' ? withoutForbiddenCharacters(node.text) : ''
    const format = typeof node.format === 'number' ? node.format : 0
    for (const [bit, tag] of FORMATS) if (format & bit) view = element(tag, [view])
    return view
  },
  linebreak: () => element('br'),
  tab: () => '\t',
  heading: (node, context) => {
    if (!hasText(node)) return null
    const written = Number(String(node.tag ?? 'h2').slice(1)) || 2
    // h1 belongs to the page's title; the editor offers h2–h4.
    const level = Math.min(6, Math.max(2, written) + context.headingOffset)
    return block(node, `h${level}`, [slot()])
  },
  quote: (node) => (hasText(node) ? block(node, 'blockquote', [slot()]) : null),
  // Not offered by the editor; older content (or a paste) may hold a code block.
  // Focusable: a long line scrolls inside the block, and keyboards must reach it.
  code: (node) => (hasText(node) ? element('pre', [element('code', [slot()])], { tabindex: 0 }) : null),
  'code-highlight': (node) => (typeof node.text === 'string' ? withoutForbiddenCharacters(node.text) : null),
  horizontalrule: () => element('hr'),
  list: (node) => {
    const checklist = node.listType === 'check'
    const start = typeof node.start === 'number' && node.start > 1 ? node.start : undefined
    return element(node.tag === 'ol' && !checklist ? 'ol' : 'ul', [slot(withNestedListsInPlace(node.children ?? []))], {
      start,
      class: checklist ? 'checklist' : undefined,
    })
  },
  listitem: (node, _context, parent) => {
    if (parent?.listType !== 'check') return block(node, 'li', [slot()])
    // A ticked or empty box the reader cannot change; the label names it, no id needed.
    const children = node.children ?? []
    const inline = children.filter((child) => child.type !== 'list')
    const nested = children.filter((child) => child.type === 'list')
    return block(node, 'li', [
      element('label', [element('input', [], { type: 'checkbox', checked: node.checked === true, disabled: true }), ' ', slot(inline)]),
      ...(nested.length ? [slot(nested)] : []),
    ])
  },
  link,
  autolink: link,
  relationship: (node, context) => {
    const target = documentOf(context, node.relationTo, node.value)
    if (!target) return null
    return element(
      'div',
      [
        element('p', [KIND_LABELS[target.kind]], { class: 'embed__kind' }),
        element('p', [element('a', [target.title], { href: address(target.path, context) })], { class: 'embed__title' }),
        target.summary ? element('p', [target.summary], { class: 'embed__summary' }) : null,
      ],
      { class: 'embed' },
    )
  },
  upload: (node, context) => {
    const media = resolved(context, node.relationTo, node.value)
    return media?.kind === 'media' && media.url ? image(media, context) : null
  },
}

/** Anything else (a feature removed from the editor, a pasted node): its text, if any. */
export const describeUnknown: Describe = (node) => {
  if (Array.isArray(node.children) && node.children.length) return slot()
  return typeof node.text === 'string' ? withoutForbiddenCharacters(node.text) : null
}
