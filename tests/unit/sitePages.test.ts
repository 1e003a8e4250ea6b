import { describe, expect, it } from 'vitest'

import nextConfig, { SITE_PAGE_PATHS } from '../../next.config.mjs'
import { conformityProblem, PAGE_KINDS } from '@/payload/pages/pageKinds'
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
    const back = redirects.find((each) => each.destination === '/:page')
    expect(back?.permanent).toBe(true)
    for (const { path } of PAGE_KINDS) expect(new RegExp(`^${back!.source.replace(':page', '')}$`).test(`/informations/${path}`), path).toBe(true)
    expect(new RegExp(`^${back!.source.replace(':page', '')}$`).test('/informations/autre')).toBe(false)
  })

  it('state a conformity the RGAA allows: "partiellement" and "totalement" only after an audit, with a matching rate', () => {
    const problem = (value: Parameters<typeof conformityProblem>[0]) => conformityProblem(value)?.field ?? null
    expect(problem({ conformity: 'none' })).toBeNull()
    expect(problem({ conformity: 'none', rate: 30, auditedAt: '2026-10-01' })).toBeNull()
    expect(problem({ conformity: 'none', rate: 62.5 })).toBe('rate')
    expect(problem({ conformity: 'partial', rate: 62.5 })).toBe('auditedAt')
    expect(problem({ conformity: 'partial', auditedAt: '2026-10-01' })).toBe('rate')
    expect(problem({ conformity: 'partial', rate: 62.5, auditedAt: '2026-10-01' })).toBeNull()
    expect(problem({ conformity: 'partial', rate: 100, auditedAt: '2026-10-01' })).toBe('rate')
    expect(problem({ conformity: 'partial', rate: 49.9, auditedAt: '2026-10-01' })).toBe('rate')
    expect(problem({ conformity: 'full', rate: 99.5, auditedAt: '2026-10-01' })).toBe('rate')
    expect(problem({ conformity: 'full', rate: 100, auditedAt: '2026-10-01' })).toBeNull()
    expect(problem({ conformity: 'full', rate: 100 })).toBe('auditedAt')
    expect(problem({ conformity: 'full', rate: 100, auditedAt: '2099-01-01' })).toBe('auditedAt')
    expect(problem({ conformity: 'none', rate: 120 })).toBe('rate')
    expect(problem({})).toBe('conformity')
  })

  it('have French addresses: /accessibilite for the accessibility statement, /mentions-legales for the legal notice', () => {
    expect(routes.page('accessibility')).toBe('/accessibilite')
    expect(routes.page('legalNotice')).toBe('/mentions-legales')
  })
})
