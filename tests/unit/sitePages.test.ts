import { describe, expect, it } from 'vitest'

import nextConfig, { SITE_PAGE_PATHS } from '../../next.config.mjs'
import { PAGE_KINDS } from '@/payload/pages/pageKinds'
import { routes } from '@/payload/routes'

describe('the site’s own pages', () => {
  it('are served by next.config.mjs at the addresses payload/pages/pageKinds.ts gives them', () => {
    expect([...SITE_PAGE_PATHS].sort()).toEqual(PAGE_KINDS.map((kind) => kind.path).sort())
  })

  it('each reach the page route through a rewrite, and the route’s own address redirects to theirs', async () => {
    const rewrites = (await nextConfig.rewrites!()) as { afterFiles: { source: string; destination: string }[] }
    const rule = rewrites.afterFiles.find((each) => each.destination === '/informations/:page')
    expect(rule).toBeDefined()
    for (const { value } of PAGE_KINDS) {
      const path = routes.page(value)
      expect(new RegExp(`^${rule!.source.replace(':page', '')}$`).test(path), path).toBe(true)
    }
    const redirects = await nextConfig.redirects!()
    expect(redirects).toContainEqual({ source: '/informations/:page', destination: '/:page', permanent: true })
  })

  it('have French addresses: /accessibilite for the accessibility statement, /mentions-legales for the legal notice', () => {
    expect(routes.page('accessibility')).toBe('/accessibilite')
    expect(routes.page('legalNotice')).toBe('/mentions-legales')
  })
})
