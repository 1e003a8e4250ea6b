import type { Payload } from 'payload'

import { deliveryCounts } from '@/payload/digest/ledger'
import { digestHour } from '@/payload/digest/parisClock'
import { mailDir, mailIsDelivered } from '@/payload/email/transport'

/**
 * Shown on the dashboard while SMTP_URL is unset: account mails are then written to files on
 * the server, nobody receives them, and no digest is planned.
 */
export function MailNotice() {
  if (mailIsDelivered()) return null
  return (
    <div className="mail-notice" role="status">
      <strong>Les e-mails ne sont pas envoyés.</strong> Aucun serveur d’envoi n’est configuré (variable SMTP_URL)
      {'\u00a0'}: les messages, dont ceux de «{'\u00a0'}Mot de passe oublié{'\u00a0'}» et les invitations, sont écrits sur le
      serveur dans <code>{mailDir()}</code> et n’arrivent chez personne{'\u00a0'}; aucune lettre d’actualités ne part.
    </div>
  )
}

/** The same on the login screen, which anyone sees: without the server's folder. */
export function MailNoticeForLogin() {
  if (mailIsDelivered()) return null
  return (
    <div className="mail-notice" role="status">
      <strong>Les e-mails ne sont pas envoyés</strong> par ce serveur{'\u00a0'}: «{'\u00a0'}Mot de passe oublié{'\u00a0'}» n’enverra rien.
      Demandez à un administrateur.
    </div>
  )
}

/** Counts only: editors see how many people receive the digest, never who (administrators do). */
export async function DigestSummary({ payload }: { payload: Payload }) {
  const count = async (status: 'confirmed' | 'pending') =>
    (await payload.count({ collection: 'subscribers', where: { status: { equals: status } }, overrideAccess: true })).totalDocs
  const [confirmed, pending, counts] = await Promise.all([count('confirmed'), count('pending'), deliveryCounts(payload)])
  const lost = counts.lost ?? 0
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
          {lost > 0 && <>, {lost} interrompue{lost > 1 ? 's' : ''} par un arrêt du serveur pendant l’envoi (non renvoyée{lost > 1 ? 's' : ''})</>}
        </li>
      </ul>
      <p className="editorial-dashboard__hint">Départ chaque jour à {digestHour()}{'\u00a0'}h (heure de Paris), le lundi pour les hebdomadaires.</p>
    </section>
  )
}
