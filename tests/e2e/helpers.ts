import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

export const WIDTHS = { phone: { width: 375, height: 800 }, desktop: { width: 1280, height: 900 } } as const

/** axe-core (WCAG 2.x A and AA rules, 2.2 target sizes included) finds nothing, at a phone and a desktop width. */
export const expectAccessible = async (page: Page, path: string) => {
  for (const [name, viewport] of Object.entries(WIDTHS)) {
    await page.setViewportSize(viewport)
    await page.goto(path)
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
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

type Created = { collection: string; id: number }

/**
 * Content written through the REST API as an administrator, remembered so `removeAll` can
 * delete it afterwards (the page tests count on the demo content being the latest).
 */
export const contentApi = (token: string) => {
  const created: Created[] = []
  const headers = { Authorization: `JWT ${token}` }
  const write = async (response: Awaited<ReturnType<APIRequestContext['post']>>, expected: number) => {
    expect(response.status(), await response.text()).toBe(expected)
    return ((await response.json()) as { doc: { id: number; slug: string; title: string } }).doc
  }
  return {
    create: async (request: APIRequestContext, collection: string, data: Record<string, unknown>) => {
      const doc = await write(await request.post(`/api/${collection}`, { data, headers }), 201)
      created.push({ collection, id: doc.id })
      return doc
    },
    update: async (request: APIRequestContext, collection: string, id: number, data: Record<string, unknown>) =>
      write(await request.patch(`/api/${collection}/${id}`, { data, headers }), 200),
    remove: async (request: APIRequestContext, collection: string, id: number) => {
      expect((await request.delete(`/api/${collection}/${id}`, { headers })).status()).toBe(200)
    },
    removeAll: async (request: APIRequestContext) => {
      for (const { collection, id } of created.reverse()) await request.delete(`/api/${collection}/${id}`, { headers })
    },
  }
}

/**
 * For the calling spec file: an administrator's content API made before its tests, with the
 * headers of that session, and everything it created deleted after them.
 */
export const adminContentForSpec = () => {
  const session = {} as { api: ReturnType<typeof contentApi>; headers: Record<string, string> }
  test.beforeAll(async ({ request }) => {
    const token = await adminToken(request)
    session.api = contentApi(token)
    session.headers = { Authorization: `JWT ${token}` }
  })
  test.afterAll(async ({ request }) => {
    await session.api?.removeAll(request)
  })
  return session
}

/** Every value of a response header, as sent (Playwright's headers() joins repeats). */
export const headerValues = (response: { headersArray(): { name: string; value: string }[] }, name: string) =>
  response.headersArray().filter((header) => header.name.toLowerCase() === name).map((header) => header.value)

/** Throws, with jing's messages, when an Atom document does not match RFC 4287's RELAX NG schema. */
export const validateAtom = (xml: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'atom-')), 'feed.xml')
  writeFileSync(file, xml)
  execFileSync('jing', ['-c', path.resolve('tests/schemas/atom.rnc'), file], { stdio: ['ignore', 'pipe', 'pipe'] })
}

/** Signs into the admin and waits for its dashboard. */
export const logIntoAdmin = async (page: Page, email: string, password: string) => {
  await page.goto('/admin')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page.getByRole('heading', { name: 'Suivi éditorial' })).toBeVisible()
}

/** An admin screen's kind: the same address with its ids and query left out. */
export const screenShape = (url: URL) => url.pathname.replace(/\/\d+(?=\/|$)/g, '/:id')
