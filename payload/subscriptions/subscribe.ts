import { createHash } from 'node:crypto'

import { type Payload, ValidationError } from 'payload'

import type { Subscriber } from '@/payload-types'
import { sendMail } from '@/payload/email/send'
import { isEmailAddress, normaliseEmail } from './emailAddress'
import { alreadySubscribedMail, confirmationMail } from './mails'
import { checkConfirmation, checkUnsubscribe, confirmationToken, CONFIRMATION_VALID_MS, type SignedLink, unsubscribeToken } from './tokens'
import { sqlPool } from '@/payload/db/sqlPool'
import { frenchList } from '@/payload/text/frenchList'

export type Frequency = 'daily' | 'weekly'
export type SignUpRequest = { email: string; frequency: Frequency; scope: 'all' | 'sectors'; sectors: number[] }

/** A form's fields as a sign-up, or the French reason it is refused. */
export const readSignUp = (form: FormData, sectorIds: Set<number>): { request: SignUpRequest } | { refusal: string } => {
  const email = normaliseEmail(String(form.get('email') ?? ''))
  if (!email) return { refusal: 'Indiquez votre adresse e-mail.' }
  if (!isEmailAddress(email)) return { refusal: `« ${email.slice(0, 80)} » n’est pas une adresse e-mail : vérifiez-la (exemple : prenom.nom@exemple.fr).` }
  const frequency = String(form.get('frequence') ?? 'weekly')
  if (frequency !== 'daily' && frequency !== 'weekly') return { refusal: 'Choisissez une fréquence : chaque jour ou chaque semaine.' }
  const chosen = form.getAll('secteurs').map((value) => Number(value))
  if (chosen.some((id) => !sectorIds.has(id))) return { refusal: 'Un des secteurs choisis n’existe pas ou plus : rechargez la page et choisissez de nouveau.' }
  // Ticked sectors say more than a radio button left on its default: the narrower choice wins.
  const scope = chosen.length || form.get('portee') === 'secteurs' ? 'sectors' : 'all'
  if (scope === 'sectors' && !chosen.length) return { refusal: 'Cochez au moins un secteur, ou choisissez « Toutes les actualités ».' }
  return { request: { email, frequency, scope, sectors: scope === 'sectors' ? [...new Set(chosen)] : [] } }
}

const describe = (request: SignUpRequest, sectorTitles: string[]) => {
  const what =
    sectorTitles.length === 0
      ? 'toutes les actualités'
      : sectorTitles.length === 1
        ? `les actualités du secteur ${sectorTitles[0]}`
        : `les actualités des secteurs ${frenchList(sectorTitles)}`
  return `${what} ${request.frequency === 'daily' ? 'chaque jour' : 'chaque semaine'}`
}

/**
 * A sign-up from the form. What the visitor is told never depends on the address: a new one
 * gets a confirmation mail, a pending one a new confirmation mail with the new choices, a
 * confirmed one a mail saying it is already subscribed. Nothing else is sent before the link is
 * followed.
 */
export const signUp = async (payload: Payload, request: SignUpRequest, sectorTitles: string[], attempt = 1): Promise<void> => {
  const { docs } = await payload.find({ collection: 'subscribers', where: { email: { equals: request.email } }, limit: 1, depth: 0 })
  const existing = docs[0] as Subscriber | undefined
  if (existing?.status === 'confirmed') {
    await sendMail(payload, { to: existing.email, content: alreadySubscribedMail({ id: existing.id, token: unsubscribeToken(existing.id, existing.email) }) })
    return
  }
  const data = { email: request.email, frequency: request.frequency, scope: request.scope, sectors: request.sectors, status: 'pending' as const }
  let subscriber: Subscriber
  try {
    subscriber = existing
      ? await payload.update({ collection: 'subscribers', id: existing.id, data, depth: 0 })
      : await payload.create({ collection: 'subscribers', data, depth: 0 })
  } catch (error) {
    // A double click: the other request created the row first (unique address). Once more, as an update.
    if (!existing && attempt === 1 && error instanceof ValidationError) return signUp(payload, request, sectorTitles, 2)
    throw error
  }
  await sendMail(payload, { to: subscriber.email, content: confirmationMail(confirmationToken(subscriber.id, subscriber.email), describe(request, sectorTitles)) })
}

const findById = async (payload: Payload, id: number) => {
  if (!Number.isSafeInteger(id) || id <= 0) return null
  const { docs } = await payload.find({ collection: 'subscribers', where: { id: { equals: id } }, limit: 1, depth: 0 })
  return (docs[0] as Subscriber | undefined) ?? null
}

/** Follows a confirmation link: the subscription starts now (digests carry posts published from now on). */
export const confirm = async (payload: Payload, link: SignedLink, now = new Date()): Promise<'confirmed' | 'expired' | 'invalid'> => {
  const subscriber = await findById(payload, link.id)
  if (!subscriber) return 'invalid'
  const check = checkConfirmation(link, subscriber.email, now.getTime())
  if (check !== 'valid') return check
  if (subscriber.status !== 'confirmed')
    await payload.update({ collection: 'subscribers', id: subscriber.id, data: { status: 'confirmed', confirmedAt: now.toISOString() }, depth: 0 })
  return 'confirmed'
}

/**
 * What the confirmation page shows for a link: the token is checked before anything is said
 * about the subscriber, so an id alone tells nothing.
 */
export const confirmationState = async (payload: Payload, link: SignedLink | null): Promise<{ state: 'valid' | 'expired' | 'invalid' | 'done'; email?: string }> => {
  const subscriber = link && (await findById(payload, link.id))
  if (!link || !subscriber) return { state: 'invalid' }
  const check = checkConfirmation(link, subscriber.email)
  if (check === 'invalid') return { state: 'invalid' }
  if (subscriber.status === 'confirmed') return { state: 'done' }
  return check === 'valid' ? { state: 'valid', email: subscriber.email } : { state: 'expired' }
}

/** Whether a link may unsubscribe (checked before showing the button). */
export const canUnsubscribe = async (payload: Payload, link: SignedLink): Promise<boolean> => {
  const subscriber = await findById(payload, link.id)
  return Boolean(subscriber && checkUnsubscribe(link, subscriber.email))
}

/** SHA-256 of the normalised address: proves a withdrawal for an address shown to us, without keeping it. */
export const addressHash = (email: string): string => createHash('sha256').update(normaliseEmail(email)).digest('hex')

/**
 * Unsubscribes: the subscriber row goes, with its delivery ledger (on delete cascade). Kept,
 * as proof that consent was given then withdrawn (GDPR art. 7(1)): the address's SHA-256, when
 * consent was confirmed, and when it was withdrawn. 'invalid' for a link that does not match;
 * a subscriber already gone counts as done (the second click of a double click).
 */
export const unsubscribe = async (payload: Payload, link: SignedLink, now = new Date()): Promise<'done' | 'invalid'> => {
  const subscriber = await findById(payload, link.id)
  if (!subscriber) return Number.isSafeInteger(link.id) && link.token ? 'done' : 'invalid'
  if (!checkUnsubscribe(link, subscriber.email)) return 'invalid'
  const pool = sqlPool(payload)
  if (subscriber.confirmedAt)
    await pool.query(
      `insert into consent_withdrawals (address_sha256, consented_at, withdrawn_at) values ($1, $2, $3)
       on conflict (address_sha256, consented_at) do nothing`,
      [addressHash(subscriber.email), subscriber.confirmedAt, now.toISOString()],
    )
  await payload.delete({ collection: 'subscribers', id: subscriber.id, depth: 0 })
  return 'done'
}

/** Pending sign-ups whose link has expired: forgotten (data minimisation; called by the digest planner). */
export const forgetUnconfirmed = async (payload: Payload, now = new Date()): Promise<number> => {
  const { docs } = await payload.delete({
    collection: 'subscribers',
    where: { and: [{ status: { equals: 'pending' } }, { updatedAt: { less_than: new Date(now.getTime() - CONFIRMATION_VALID_MS).toISOString() } }] },
    depth: 0,
  })
  return docs.length
}
