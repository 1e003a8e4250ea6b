// Lists pasted from Word arrive as paragraphs whose text starts with the bullet or number Word
// drew ("·      Premier point", "1.      Première étape"): they become real lists again.

type Node = { type?: unknown; text?: unknown; children?: unknown; [key: string]: unknown }

const BULLET = /^[·•▪◦‣∙o§\-–]\s*[\u00A0\s]\s*/
const NUMBER = /^(\d{1,3})[.)]\s*[\u00A0\s]\s*/

const firstText = (node: Node): Node | undefined => {
  const first = Array.isArray(node.children) ? (node.children[0] as Node | undefined) : undefined
  return first?.type === 'text' && typeof first.text === 'string' ? first : undefined
}

/** "bullet" or "number" when a paragraph starts with what Word draws before a list item. */
const markerOf = (node: Node): 'bullet' | 'number' | null => {
  if (node.type !== 'paragraph') return null
  const text = firstText(node)?.text as string | undefined
  if (!text) return null
  if (BULLET.test(text)) return 'bullet'
  return NUMBER.test(text) ? 'number' : null
}

const withoutMarker = (paragraph: Node): Node[] => {
  const [first, ...rest] = paragraph.children as Node[]
  const text = (first!.text as string).replace(BULLET, '').replace(NUMBER, '')
  return text ? [{ ...first, text }, ...rest] : rest
}

/**
 * The block children of a node, with runs of two or more such paragraphs (one alone may just
 * start with a dash) turned into a bulleted or numbered list.
 */
export const restoreWordLists = (children: Node[]): Node[] => {
  const result: Node[] = []
  for (let i = 0; i < children.length; ) {
    const kind = markerOf(children[i]!)
    let end = i
    while (kind && end < children.length && markerOf(children[end]!) === kind) end++
    if (!kind || end - i < 2) {
      result.push(children[i]!)
      i++
      continue
    }
    const items = children.slice(i, end).map((paragraph, index) => ({
      type: 'listitem',
      version: 1,
      value: index + 1,
      direction: paragraph.direction ?? null,
      format: '',
      indent: 0,
      children: withoutMarker(paragraph),
    }))
    result.push({ type: 'list', version: 1, listType: kind, tag: kind === 'number' ? 'ol' : 'ul', start: 1, direction: null, format: '', indent: 0, children: items })
    i = end
  }
  return result
}
