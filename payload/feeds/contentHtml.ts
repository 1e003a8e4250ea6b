import type { SerializedLinkNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Media } from '@/payload-types'
import { absoluteUrl, routes } from '@/payload/routes'

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Feed readers show content away from our site: every link and image must be absolute. */
const absolute = (url: string): string => {
  if (/^(javascript|data|vbscript):/i.test(url.trim())) return '#'
  try {
    return absoluteUrl(url)
  } catch {
    return '#'
  }
}

const internalHref = (node: SerializedLinkNode): string => {
  const doc = node.fields.doc
  const value = doc && typeof doc.value === 'object' ? (doc.value as { slug?: string }) : undefined
  if (!value?.slug) return routes.home()
  if (doc?.relationTo === 'careers') return routes.career(value.slug)
  if (doc?.relationTo === 'news') return routes.newsPost(value.slug)
  if (doc?.relationTo === 'sectors') return routes.sector(value.slug)
  return routes.home()
}

const link = (node: SerializedLinkNode, children: string) => {
  const href = node.fields.linkType === 'internal' ? internalHref(node) : (node.fields.url ?? '')
  const newTab = node.fields.newTab ? ' rel="noopener noreferrer" target="_blank"' : ''
  return `<a href="${escapeAttribute(absolute(href))}"${newTab}>${children}</a>`
}

// Payload's own converters, with links and images made absolute.
const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: ({ node, nodesToHTML }) => link(node as unknown as SerializedLinkNode, nodesToHTML({ nodes: node.children }).join('')),
  autolink: ({ node, nodesToHTML }) => link(node as unknown as SerializedLinkNode, nodesToHTML({ nodes: node.children }).join('')),
  upload: ({ node }) => {
    const media = (node as SerializedUploadNode).value as Media | number
    if (typeof media !== 'object' || !media.url) return ''
    const size = media.width && media.height ? ` width="${media.width}" height="${media.height}"` : ''
    return `<img src="${escapeAttribute(absolute(media.url))}" alt="${escapeAttribute(media.alt ?? '')}"${size}>`
  },
})

/** Lexical rich text as HTML for feeds (content:encoded, Atom content, JSON content_html). */
export const contentHtml = (data: unknown): string =>
  data ? convertLexicalToHTML({ data: data as SerializedEditorState, converters, disableContainer: true }) : ''
