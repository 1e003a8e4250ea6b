import type { SerializedHeadingNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

type Props = { data: unknown; headingOffset?: number }

/**
 * Lexical content as semantic HTML through Payload's own converters. Headings written as
 * h2 in the editor are shifted under the page's own outline when `headingOffset` is set,
 * so a page keeps one h1 and no level is skipped.
 */
export function RichText({ data, headingOffset = 0 }: Props) {
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToJSX }) => {
      const level = Math.min(6, Number((node as SerializedHeadingNode).tag.slice(1)) + headingOffset)
      const Tag = `h${level}` as 'h2'
      return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
    },
  })
  return <LexicalRichText data={data as SerializedEditorState} converters={converters} disableContainer />
}
