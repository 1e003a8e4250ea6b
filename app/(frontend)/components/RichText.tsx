import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConverter, type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import Image from 'next/image'
import { createElement, type ReactNode } from 'react'

import { type LexicalNode, NODE_TABLE, type RenderContext, type View, describeUnknown, isSlot } from '@/payload/richText/nodeTable'
import type { References } from '@/payload/richText/references'

type Props = { data: unknown; references: References; headingOffset?: number }

// HTML attribute names in the table, React's where they differ.
const REACT_NAMES: Record<string, string> = { class: 'className', checked: 'defaultChecked', tabindex: 'tabIndex' }

const props = (attrs: Record<string, string | number | boolean | undefined> = {}) =>
  Object.fromEntries(Object.entries(attrs).filter(([, value]) => value !== undefined).map(([name, value]) => [REACT_NAMES[name] ?? name, value]))

// Images in an article are resized by Next like the hero image (AVIF/WebP at the reader's width).
const articleImage = (attrs: Record<string, unknown>) => {
  const { src, alt, width, height } = attrs as { src: string; alt: string; width?: number; height?: number }
  if (!src.startsWith('/') || !width || !height) return createElement('img', props(attrs as never))
  return <Image src={src} alt={alt} width={width} height={height} sizes="(min-width: 48rem) 46rem, 100vw" />
}

const materialise = (view: View, children: (nodes?: LexicalNode[]) => ReactNode[]): ReactNode => {
  if (view === null || typeof view === 'string') return view
  if (isSlot(view)) return children(view.nodes)
  if (view.tag === 'img') return articleImage(view.attrs ?? {})
  return createElement(view.tag, props(view.attrs), ...(view.content ?? []).map((inner) => materialise(inner, children)))
}

const converter =
  (describe: (typeof NODE_TABLE)[string], context: RenderContext): JSXConverter =>
  ({ node, nodesToJSX, parent }) =>
    materialise(describe(node as unknown as LexicalNode, context, parent as unknown as LexicalNode), (nodes) =>
      nodesToJSX({ nodes: (nodes ?? (node as unknown as LexicalNode).children ?? []) as never, parent: node as never }),
    )

/**
 * Lexical content on a page or a preview, through the node table shared with the feeds.
 * Internal links, relationship cards and images come from `references`, resolved by document
 * id when the page was read (payload/queries.ts). Headings shift under the page's outline by
 * `headingOffset`, so a page keeps one h1 and skips no level.
 */
export function RichText({ data, references, headingOffset = 0 }: Props) {
  const context: RenderContext = { references, headingOffset }
  // Without a prototype: a stored node typed "constructor" must meet `unknown`, not Object.
  const converters: JSXConvertersFunction = () =>
    Object.assign(Object.create(null), {
      ...Object.fromEntries(Object.entries(NODE_TABLE).map(([type, describe]) => [type, converter(describe, context)])),
      unknown: converter(describeUnknown, context),
    })
  return (
    <LexicalRichText
      data={data as SerializedEditorState}
      converters={converters}
      disableContainer
      disableIndent
      disableTextAlign
    />
  )
}
