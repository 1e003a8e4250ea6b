/**
 * What is cut off or scrolls sideways on the page now, as a list of readable findings (empty when
 * nothing is). Runs in the browser: pass it to `page.evaluate`.
 *
 * - The page wider than the window.
 * - An inner box that scrolls sideways (a sidebar, a toolbar, a row of buttons).
 * - Text cut by its own box ("Derniè…", an ellipsis) or by a clipping ancestor, or off screen.
 *
 * Boxes folded to no width are hidden, not cut. Data tables are left out: a table of many columns scrolls inside its own frame on a phone by
 * design, and so does the API tab's indented JSON (WCAG 2.1 §1.4.10 exempts tables and code
 * from reflow). So is what editors wrote (the rich text,
 * form values): an input shows a long value by scrolling, as every input does.
 */
export const layoutProblems = () => {
  const problems: string[] = []
  const name = (element: Element) => {
    const classes = typeof element.className === 'string' ? element.className.split(/\s+/).filter(Boolean).slice(0, 2) : []
    const text = ((element as HTMLElement).innerText || element.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40)
    return `${element.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join('')} « ${text} »`
  }
  const shown = (element: Element) => {
    const style = getComputedStyle(element)
    if (style.visibility === 'hidden' || style.display === 'none') return false
    const box = element.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) return false
    // Inside a box folded to nothing (the form while a phone shows the live preview instead).
    for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement)
      if (ancestor.getBoundingClientRect().width < 1 && getComputedStyle(ancestor).display !== 'contents') return false
    return true
  }
  const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll'
  const clips = (overflow: string) => overflow !== 'visible'

  const root = document.scrollingElement!
  if (root.scrollWidth > root.clientWidth + 1) problems.push(`la page défile de côté (${root.scrollWidth} px pour ${root.clientWidth})`)

  for (const element of document.body.querySelectorAll('*')) {
    if (!shown(element)) continue
    if (element.closest('table, .table, .query-inspector__results, [contenteditable="true"], .ContentEditable__root, textarea, input, iframe')) continue
    const style = getComputedStyle(element)
    if (scrolls(style.overflowX) && element.scrollWidth > element.clientWidth + 1)
      problems.push(`défile de côté : ${name(element)} (${element.scrollWidth} px pour ${element.clientWidth})`)

    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
    if (!ownText) continue
    if (clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`coupé : ${name(element)}`)
      continue
    }
    const range = document.createRange()
    range.selectNodeContents(element)
    const text = range.getBoundingClientRect()
    if (text.right > window.innerWidth + 1 || text.left < -1) {
      problems.push(`hors de l’écran : ${name(element)}`)
      continue
    }
    for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
      if (!clips(getComputedStyle(ancestor).overflowX)) continue
      const frame = ancestor.getBoundingClientRect()
      if (text.right > frame.right + 1 || text.left < frame.left - 1) problems.push(`coupé par ${name(ancestor)} : ${name(element)}`)
      break
    }
  }
  return [...new Set(problems)]
}
