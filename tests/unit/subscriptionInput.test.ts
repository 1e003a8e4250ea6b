import { afterEach, describe, expect, it } from 'vitest'

import { clientAddress } from '@/payload/subscriptions/clientAddress'
import { isEmailAddress, normaliseEmail } from '@/payload/subscriptions/emailAddress'
import { readSignUp } from '@/payload/subscriptions/subscribe'
import { checkConfirmation, checkUnsubscribe, confirmationToken, unsubscribeToken } from '@/payload/subscriptions/tokens'

const form = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [key, value] of entries) data.append(key, value)
  return data
}

describe('addresses as people paste them', () => {
  it('lose surrounding spaces, zero-width and bidi marks and upper case, and keep their letters', () => {
    expect(normaliseEmail(' Anne.Dupont@Exemple.FR\u200b ')).toBe('anne.dupont@exemple.fr')
    expect(normaliseEmail('\u202aeleve@lycee.fr\u202c')).toBe('eleve@lycee.fr')
    expect(normaliseEmail('\u00a0jean@exemple.fr\u00a0\n')).toBe('jean@exemple.fr')
  })

  it('are refused when they are not addresses', () => {
    for (const bad of ['', 'anne', 'anne@', '@exemple.fr', 'anne@exemple', 'a b@exemple.fr', 'jean\u00a0@exemple.fr', '<script>@x.fr', `${'a'.repeat(250)}@x.fr`])
      expect(isEmailAddress(normaliseEmail(bad)), bad).toBe(false)
    expect(isEmailAddress('prenom.nom+orientation@academie.gouv.fr')).toBe(true)
  })
})

describe('readSignUp', () => {
  const sectors = new Set([3, 7])
  it('reads all news or chosen sectors and a frequency, with French refusals', () => {
    expect(readSignUp(form([['email', 'A@b.fr'], ['frequence', 'daily'], ['portee', 'tout']]), sectors)).toEqual({
      request: { email: 'a@b.fr', frequency: 'daily', scope: 'all', sectors: [] },
    })
    expect(readSignUp(form([['email', 'a@b.fr'], ['portee', 'secteurs'], ['secteurs', '7'], ['secteurs', '7']]), sectors)).toEqual({
      request: { email: 'a@b.fr', frequency: 'weekly', scope: 'sectors', sectors: [7] },
    })
    // Sectors ticked with the radio left on "all news": the narrower choice, what was ticked.
    expect(readSignUp(form([['email', 'a@b.fr'], ['portee', 'tout'], ['secteurs', '3']]), sectors)).toMatchObject({ request: { scope: 'sectors', sectors: [3] } })
    expect(readSignUp(form([['email', 'a@b.fr'], ['portee', 'secteurs']]), sectors)).toEqual({ refusal: expect.stringContaining('Cochez au moins un secteur') })
    expect(readSignUp(form([['email', 'a@b.fr'], ['secteurs', '99']]), sectors)).toEqual({ refusal: expect.stringContaining('n’existe pas') })
    expect(readSignUp(form([['email', 'a@b.fr'], ['secteurs', '1e1']]), sectors)).toEqual({ refusal: expect.stringContaining('n’existe pas') })
    expect(readSignUp(form([['email', 'a@b.fr'], ['frequence', 'hourly']]), sectors)).toEqual({ refusal: expect.stringContaining('fréquence') })
    expect(readSignUp(form([['email', '   ']]), sectors)).toEqual({ refusal: 'Indiquez votre adresse e-mail.' })
    expect(readSignUp(form([['email', 'pas-une-adresse']]), sectors)).toEqual({ refusal: expect.stringContaining('n’est pas une adresse e-mail') })
  })
})

describe('signed links', () => {
  it('a confirmation is bound to its subscriber, address and expiry; an unsubscribe link to its subscriber and address', () => {
    const now = Date.UTC(2027, 0, 1)
    const link = confirmationToken(12, 'a@b.fr', now)
    expect(checkConfirmation(link, 'a@b.fr', now)).toBe('valid')
    expect(checkConfirmation(link, 'c@b.fr', now)).toBe('invalid')
    expect(checkConfirmation({ ...link, id: 13 }, 'a@b.fr', now)).toBe('invalid')
    expect(checkConfirmation({ ...link, expires: link.expires + 1 }, 'a@b.fr', now)).toBe('invalid')
    expect(checkConfirmation(link, 'a@b.fr', now + 49 * 3600_000)).toBe('expired')
    expect(checkUnsubscribe({ id: 12, token: unsubscribeToken(12, 'a@b.fr') }, 'a@b.fr')).toBe(true)
    expect(checkUnsubscribe({ id: 12, token: unsubscribeToken(12, 'a@b.fr') }, 'c@b.fr')).toBe(false)
    expect(checkUnsubscribe({ id: 12, token: link.token }, 'a@b.fr')).toBe(false)
  })
})

describe('clientAddress', () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXIES
  })
  const headers = (entries: Record<string, string>) => new Headers(entries)

  it('is the TCP peer, whatever X-Forwarded-For a client writes, when no proxy is trusted', () => {
    expect(clientAddress(headers({ 'x-reperes-peer': '203.0.113.9', 'x-forwarded-for': '198.51.100.1' }))).toBe('203.0.113.9')
  })

  it('behind a trusted proxy, is the right-most forwarded address that is not a proxy', () => {
    process.env.TRUSTED_PROXIES = '10.0.0.2, 10.0.0.3'
    expect(clientAddress(headers({ 'x-reperes-peer': '10.0.0.2', 'x-forwarded-for': '1.1.1.1, 203.0.113.9, 10.0.0.3' }))).toBe('203.0.113.9')
    expect(clientAddress(headers({ 'x-reperes-peer': '10.0.0.2', 'x-forwarded-for': 'menteur, 203.0.113.9' }))).toBe('203.0.113.9')
    // A request that reached the app without the proxy: its own header is not believed.
    expect(clientAddress(headers({ 'x-reperes-peer': '203.0.113.50', 'x-forwarded-for': '1.1.1.1' }))).toBe('203.0.113.50')
  })

  it('counts IPv6 clients by /64, and ignores TRUSTED_PROXIES entries that are not addresses', () => {
    expect(clientAddress(headers({ 'x-reperes-peer': '2001:db8:1:2:aaaa::1' }))).toBe(clientAddress(headers({ 'x-reperes-peer': '2001:db8:1:2:bbbb::9' })))
    expect(clientAddress(headers({ 'x-reperes-peer': '2001:db8:1:2::1' }))).not.toBe(clientAddress(headers({ 'x-reperes-peer': '2001:db8:1:3::1' })))
    process.env.TRUSTED_PROXIES = '10.0.0.0/, 10.0.0.0/33, proxy, 10.0.0.2'
    expect(clientAddress(headers({ 'x-reperes-peer': '10.0.0.2', 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientAddress(headers({ 'x-reperes-peer': '10.0.0.3', 'x-forwarded-for': '203.0.113.9' }))).toBe('10.0.0.3')
  })

  it('accepts CIDR ranges and IPv4-mapped peers (docker-compose: the private networks)', () => {
    process.env.TRUSTED_PROXIES = '172.16.0.0/12, fd00::/8'
    expect(clientAddress(headers({ 'x-reperes-peer': '::ffff:172.18.0.5', 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientAddress(headers({ 'x-reperes-peer': 'fd00::5', 'x-forwarded-for': '2001:db8::1, fd00::6' }))).toBe('2001:db8:0:0::/64')
    expect(clientAddress(headers({ 'x-reperes-peer': '192.168.1.4', 'x-forwarded-for': '203.0.113.9' }))).toBe('192.168.1.4')
  })
})
