import type { Payload } from 'payload'

import { deliveryCounts, stalledDeliveries } from '@/payload/digest/ledger'
import { digestHour } from '@/payload/digest/parisClock'
import { mailDir, mailIsDelivered } from '@/payload/email/transport'

/**
 * Shown on the login screen and the dashboard while SMTP_URL is unset: mails (password resets,
 * invitations, digests) are then written to files on the server, and nobody receives them.
 */
export function MailNotice() {
  if (mailIsDelivered()) return null
  return (
    <div className="mail-notice" role="status">
      <strong>Les e-mails ne sont pas envoyés.</strong> Aucun serveur d’envoi n’est configuré (variable SMTP_URL)
      {'\u00a0'}: les messages, dont ceux de «{'\u00a0'}Mot de passe oublié{'\u00a0'}», sont écrits sur le serveur dans{' '}
      <code>{mailDir()}</code> et n’arrivent chez personne.
    </div>
  )
}

/** Counts only: editors see how many people receive the digest, never who (administrators do). */
export async function DigestSummary({ payload }: { payload: Payload }) {
  const count = async (status: 'confirmed' | 'pending') =>
    (await payload.count({ collection: 'subscribers', where: { status: { equals: status } }, overrideAccess: true })).totalDocs
  const [confirmed, pending, counts, stalled] = await Promise.all([count('confirmed'), count('pending'), deliveryCounts(payload), stalledDeliveries(payload)])
  return (
    <section className="editorial-dashboard" aria-labelledby="digest-summary-title">
      <h2 id="digest-summary-title">Lettre d’actualités par courriel</h2>
      <ul>
        <li>
          {confirmed} abonné{confirmed > 1 ? 's' : ''} confirmé{confirmed > 1 ? 's' : ''}, {pending} en attente de confirmation
        </li>
        <li>
          Sur sept jours{'\u00a0'}: {counts.sent ?? 0} lettre{(counts.sent ?? 0) > 1 ? 's' : ''} envoyée{(counts.sent ?? 0) > 1 ? 's' : ''},{' '}
          {counts.failed ?? 0} refusée{(counts.failed ?? 0) > 1 ? 's' : ''} par le serveur d’envoi
          {stalled.messages > 0 && <>, {stalled.messages} interrompue{stalled.messages > 1 ? 's' : ''} sans réponse (non renvoyées)</>}
        </li>
      </ul>
      <p className="editorial-dashboard__hint">Départ chaque jour à {digestHour()}{'\u00a0'}h (heure de Paris), le lundi pour les hebdomadaires.</p>
    </section>
  )
}
