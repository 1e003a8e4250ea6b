import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

/** A key of its own for these links, derived from PAYLOAD_SECRET (HKDF, RFC 5869): the session secret itself signs nothing here. */
const linkKey = (): Buffer => {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is needed to sign subscription links.')
  return Buffer.from(hkdfSync('sha256', secret, '', 'reperes:subscription-links', 32))
}

/**
 * Signed links for subscribers, with no token stored: an HMAC-SHA-256 of what the link does,
 * for whom, and (for confirmations) until when. Changing PAYLOAD_SECRET invalidates every
 * link sent.
 */
const sign = (purpose: string, parts: (string | number)[]): string =>
  createHmac('sha256', linkKey()).update([purpose, ...parts].join('\n')).digest('base64url')

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** How long a confirmation link stays valid. */
export const CONFIRMATION_VALID_MS = 48 * 60 * 60 * 1000

export type SignedLink = { id: number; token: string; expires?: number }

/** The confirmation link's parameters for a pending subscription. */
export const confirmationToken = (id: number, email: string, now = Date.now()): Required<SignedLink> => {
  const expires = Math.floor((now + CONFIRMATION_VALID_MS) / 1000)
  return { id, expires, token: sign('confirm', [id, email, expires]) }
}

/** 'valid', 'expired' (signed but late: the form can send a new one) or 'invalid'. */
export const checkConfirmation = (link: SignedLink, email: string, now = Date.now()): 'valid' | 'expired' | 'invalid' => {
  if (!link.expires || !same(sign('confirm', [link.id, email, link.expires]), link.token)) return 'invalid'
  return link.expires * 1000 < now ? 'expired' : 'valid'
}

/** Unsubscribe links never expire: an old digest must still unsubscribe. */
export const unsubscribeToken = (id: number, email: string): string => sign('unsubscribe', [id, email])

export const checkUnsubscribe = (link: SignedLink, email: string): boolean => same(unsubscribeToken(link.id, email), link.token)
