import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page } from '@playwright/test'

export const WIDTHS = { phone: { width: 375, height: 800 }, desktop: { width: 1280, height: 900 } } as const

/** axe-core (WCAG 2.x A and AA rules) finds nothing, at a phone and a desktop width. */
export const expectAccessible = async (page: Page, path: string) => {
  for (const [name, viewport] of Object.entries(WIDTHS)) {
    await page.setViewportSize(viewport)
    await page.goto(path)
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze()
    const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(summary, `${path} at ${name} width`).toEqual([])
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth, `${path} scrolls horizontally at ${name} width`).toBeLessThanOrEqual(viewport.width)
  }
}

/** Every JSON-LD block of the page, parsed. */
export const jsonLdBlocks = async (page: Page): Promise<Record<string, unknown>[]> => {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return texts.map((text) => JSON.parse(text))
}

export const jsonLdOfType = async (page: Page, type: string) => {
  const found = (await jsonLdBlocks(page)).find((block) => block['@type'] === type)
  expect(found, `JSON-LD ${type}`).toBeTruthy()
  return found as Record<string, unknown>
}

export const adminToken = async (request: APIRequestContext): Promise<string> => {
  const login = await request.post('/api/users/login', {
    data: { email: process.env.SEED_ADMIN_EMAIL, password: process.env.SEED_ADMIN_PASSWORD },
  })
  expect(login.status()).toBe(200)
  return (await login.json()).token
}
