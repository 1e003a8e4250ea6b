import { isExecutableHref, validateHref } from './safeHref'
import { walk } from './walk'

type LinkFields = { linkType?: unknown; url?: unknown } | null | undefined

const customLinks = function* (tree: unknown) {
  for (const node of walk(tree)) {
    const fields = node.fields as LinkFields
    if ((node.type === 'link' || node.type === 'autolink') && fields?.linkType !== 'internal') yield fields?.url
  }
}

/**
 * The French message for the first custom link of a tree whose address the allow-list refuses,
 * or null: what publishing requires. Internal links point at documents by id and carry none.
 */
export const refusedLink = (tree: unknown): string | null => {
  for (const url of customLinks(tree)) {
    const verdict = validateHref(url)
    if (verdict !== true) return verdict
  }
  return null
}

/**
 * The French message for the first link that would run code or open a document it carries
 * (javascript:, data:…), or null: what any save, drafts included, refuses. An unfinished
 * address (the editor's "https://" while the link drawer is open) may wait in a draft.
 */
export const executableLink = (tree: unknown): string | null => {
  for (const url of customLinks(tree)) if (isExecutableHref(url)) return validateHref(url) as string
  return null
}
