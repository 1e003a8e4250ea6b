import { validateHref } from './safeHref'

type Node = { type?: unknown; children?: unknown; fields?: { linkType?: unknown; url?: unknown } | null }

/**
 * The French message for the first custom link of a rich-text tree whose address the
 * allow-list refuses, or null. Internal links point at documents by id and carry no address.
 */
export const refusedLink = (tree: unknown): string | null => {
  const visit = (node: unknown, depth: number): string | null => {
    if (!node || typeof node !== 'object' || depth > 100) return null
    const { type, fields, children } = node as Node
    if ((type === 'link' || type === 'autolink') && fields?.linkType !== 'internal') {
      const verdict = validateHref(fields?.url)
      if (verdict !== true) return verdict
    }
    if (Array.isArray(children))
      for (const child of children) {
        const found = visit(child, depth + 1)
        if (found) return found
      }
    return null
  }
  return visit((tree as { root?: unknown } | null)?.root, 0)
}
