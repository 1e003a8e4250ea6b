type Node = { children?: unknown }

/**
 * Every node of a stored rich-text tree, in reading order, without recursion: a tree pasted or
 * posted with thousands of levels walks as easily as a flat one.
 */
export function* walk(tree: unknown): Generator<Record<string, unknown>> {
  const root = (tree as { root?: unknown } | null)?.root
  const stack: unknown[] = [root]
  while (stack.length) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    yield node as Record<string, unknown>
    const children = (node as Node).children
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
}

/** How many levels of nodes the tree has below its root (0 for an empty document). */
export const depthOf = (tree: unknown): number => {
  const stack: [unknown, number][] = [[(tree as { root?: unknown } | null)?.root, 0]]
  let deepest = 0
  while (stack.length) {
    const [node, depth] = stack.pop()!
    const children = node && typeof node === 'object' ? (node as Node).children : undefined
    if (!Array.isArray(children)) continue
    for (const child of children) {
      deepest = Math.max(deepest, depth + 1)
      stack.push([child, depth + 1])
    }
  }
  return deepest
}
