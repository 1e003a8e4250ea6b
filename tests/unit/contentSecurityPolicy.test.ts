import { afterEach, describe, expect, it, vi } from 'vitest'

// The visitors' policy as next.config.mjs builds it under each NODE_ENV: `next dev` sets
// "development" before it reads the file, `next build` and `next start` "production".
const publicPolicy = async (nodeEnv: string) => {
  vi.stubEnv('NODE_ENV', nodeEnv)
  vi.resetModules()
  const { default: config } = await import('../../next.config.mjs')
  const rules: { source: string; headers: { key: string; value: string }[] }[] = await config.headers!()
  const policy = rules.flatMap((rule) => rule.headers).find((header) => header.key === 'Content-Security-Policy')
  expect(policy, 'a Content-Security-Policy rule').toBeDefined()
  return policy!.value
}

describe('visitors’ Content-Security-Policy', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('allows eval under `next dev`, for React’s development build', async () => {
    expect(await publicPolicy('development')).toMatch(/script-src 'self' 'unsafe-inline' 'unsafe-eval'/)
  })

  it('never allows eval in production', async () => {
    const policy = await publicPolicy('production')
    expect(policy).toContain("script-src 'self' 'unsafe-inline'")
    expect(policy).not.toContain('unsafe-eval')
  })
})
