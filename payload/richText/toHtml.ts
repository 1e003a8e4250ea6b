// Rich text as an HTML string, for feeds (and e-mails later): the node table materialised through
// Payload's HTML converters. Plain HTML (no React attribute names, no random ids, no empty
// attributes), escaped here, stable from one build to the next.
import { convertLexicalToHTML, type HTMLConverter, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { type LexicalNode, NODE_TABLE, type RenderContext, type View, describeUnknown, isSlot } from './nodeTable'
import type { References } from './references'

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input'])

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;')

const attributes = (attrs: Record<string, string | number | boolean | undefined> = {}) =>
  Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== false && value !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`))
    .join('')

const materialise = (view: View, children: (nodes?: LexicalNode[]) => string): string => {
  if (view === null) return ''
  if (typeof view === 'string') return escapeText(view)
  if (isSlot(view)) return children(view.nodes)
  const open = `<${view.tag}${attributes(view.attrs)}>`
  if (VOID_ELEMENTS.has(view.tag)) return open
  return `${open}${(view.content ?? []).map((inner) => materialise(inner, children)).join('')}</${view.tag}>`
}

const converter =
  (describe: (typeof NODE_TABLE)[string], context: RenderContext): HTMLConverter =>
  ({ node, nodesToHTML, parent }) =>
    materialise(describe(node as unknown as LexicalNode, context, parent as unknown as LexicalNode), (nodes) =>
      nodesToHTML({ nodes: (nodes ?? (node as unknown as LexicalNode).children ?? []) as never, parent: node as never }).join(''),
    )

// Without a prototype: a stored node typed "constructor" must meet `unknown`, not Object.
const convertersFor = (context: RenderContext): HTMLConvertersFunction => () =>
  Object.assign(Object.create(null), {
    ...Object.fromEntries(Object.entries(NODE_TABLE).map(([type, describe]) => [type, converter(describe, context)])),
    unknown: converter(describeUnknown, context),
  })

/**
 * Lexical rich text as absolute-addressed HTML (feed content, e-mail bodies). `page` is the
 * document's own address, against which its anchors ("#formations") are resolved.
 */
export const richTextHtml = (data: unknown, references: References, page: string): string =>
  data && typeof data === 'object' && 'root' in data
    ? convertLexicalToHTML({
        data: data as SerializedEditorState,
        converters: convertersFor({ references, headingOffset: 0, absolute: { page } }),
        disableContainer: true,
        // Alignment and indentation are not offered in the editor; old values must not add styles.
        disableIndent: true,
        disableTextAlign: true,
      })
    : ''
