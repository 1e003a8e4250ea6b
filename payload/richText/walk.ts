type Node = { children?: unknown }

/**
 * Every node of a stored rich-text tree, in reading order, without recursion: a tree pasted or
 * posted with thousands of levels walks as easily as a flat one. Entries that are not objects
 * (null, a string) are skipped, or yielded as they are with `all`.
 */
export function* walk(tree: unknown, { all = false }: { all?: boolean } = {}): Generator<Record<string, unknown>> {
  const root = (tree as { root?: unknown } | null)?.root
  const stack: unknown[] = [root]
  while (stack.length) {
    const node = stack.pop()
    // With `all`, what is not a node is yielded too, for a check to refuse it.
    if (!all && (!node || typeof node !== 'object')) continue
    yield node as Record<string, unknown>
    if (!node || typeof node !== 'object') continue
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
