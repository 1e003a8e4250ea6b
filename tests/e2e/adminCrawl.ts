import type { Page } from '@playwright/test'

import { screenShape } from './helpers'

/**
 * Visits every admin screen reachable from the dashboard's links, one address per kind
 * (`screenShape`), then each collection's create form, and hands each to `visit` once the
 * network has settled. Screens added later are covered without editing the tests that crawl.
 * A screen's links are read before `visit`, so a check that opens its menus or its live preview
 * changes nothing of what is crawled, and each screen is loaded once. Returns the kinds reached
 * (each collection's create form included once its list was).
 */
export const crawlAdmin = async (page: Page, visit: (screen: string) => Promise<void>) => {
  const origin = new URL(page.url()).origin
  const shapeOf = (href: string) => screenShape(new URL(href, origin))
  const open = async (href: string) => {
    await page.goto(new URL(href, origin).href)
    await page.waitForLoadState('networkidle')
    return shapeOf(page.url())
  }
  const seen = new Set<string>()
  const lists: string[] = []
  const queue = ['/admin']
  while (queue.length) {
    const href = queue.shift()!
    if (seen.has(shapeOf(href))) continue
    seen.add(shapeOf(href))
    const screen = await open(href)
    // An address that lands elsewhere (a redirect) may land on a kind visited already.
    if (screen !== shapeOf(href) && seen.has(screen)) continue
    seen.add(screen)
    const links = await page.locator('a[href^="/admin"]').evaluateAll((all) => all.map((link) => link.getAttribute('href')!))
    await visit(screen)
    if (/^\/admin\/collections\/[^/]+$/.test(screen)) lists.push(screen)
    // Create forms come last, one per collection: following every "new" link would make drafts.
    for (const link of links) if (!/logout|\/create$/.test(link) && !seen.has(shapeOf(link))) queue.push(link)
  }
  for (const list of lists) {
    await open(`${list}/create`)
    seen.add(`${list}/create`)
    await visit(`${list}/create`)
  }
  return seen
}
