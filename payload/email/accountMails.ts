import { frenchText } from '@/payload/i18n/typography'
import { formatParisDateTime } from '@/payload/admin/parisTime'
import { absoluteUrl, routes } from '@/payload/routes'
import { type MailContent, SIGNATURE as signature } from './render'

/** How long an invitation's link stays valid (a reset link: Payload's default, one hour). */
export const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000
export const RESET_VALID_MS = 60 * 60 * 1000

/** The admin's page that sets a new password from a token; on SITE_URL, not the request's host. */
export const resetPasswordUrl = (token: string): string => absoluteUrl(routes.admin.resetPassword(token))


/** Answer to "Mot de passe oublié". */
export const resetPasswordMail = (token: string): MailContent => ({
  subject: 'Choisir un nouveau mot de passe',
  preheader: 'Le lien ci-dessous est valable une heure.',
  paragraphs: [
    frenchText`Bonjour,`,
    frenchText`Quelqu’un, sans doute vous, a demandé à changer le mot de passe de votre compte Repères. Le lien ci-dessous permet d’en choisir un nouveau pendant une heure.`,
  ],
  action: { label: 'Choisir un nouveau mot de passe', href: resetPasswordUrl(token) },
  footer: ['Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.', signature],
})

/** To whoever an administrator made an account for. */
export const invitationMail = ({ token, name, invitedBy }: { token: string; name: string; invitedBy?: string }): MailContent => ({
  subject: 'Votre compte Repères est ouvert',
  preheader: 'Choisissez votre mot de passe pour commencer.',
  paragraphs: [
    frenchText`Bonjour ${name},`,
    frenchText`${invitedBy ? `${invitedBy} vous a ouvert un compte` : 'Un compte vous a été ouvert'} pour écrire et publier sur Repères, le portail d’orientation. Choisissez votre mot de passe pour vous connecter ; le lien est valable sept jours.`,
  ],
  action: { label: 'Choisir mon mot de passe', href: resetPasswordUrl(token) },
  footer: [
    `Passé ce délai, demandez un nouveau lien avec « Mot de passe oublié » sur ${absoluteUrl(routes.admin.forgotPassword())}.`,
    'Si vous ne vous attendiez pas à ce message, ignorez-le.',
    signature,
  ],
})

/** To the owner of an account that too many wrong passwords have locked. */
export const lockedAccountMail = ({ until, attempts }: { until: Date; attempts: number }): MailContent => ({
  subject: 'Votre compte Repères est bloqué pour quelques minutes',
  preheader: `Connexion impossible jusqu’au ${formatParisDateTime(until)}.`,
  paragraphs: [
    frenchText`Bonjour,`,
    frenchText`Après ${attempts} mots de passe erronés, votre compte est bloqué jusqu’au ${formatParisDateTime(until)} (heure de Paris). Il se débloque seul à cette heure-là.`,
    frenchText`Si vous avez oublié votre mot de passe, choisissez-en un nouveau avec « Mot de passe oublié » : c’est possible dès maintenant.`,
    frenchText`Si ce n’était pas vous, quelqu’un essaie peut-être d’entrer dans votre compte : choisissez un nouveau mot de passe et prévenez un administrateur.`,
  ],
  action: { label: 'Mot de passe oublié', href: absoluteUrl(routes.admin.forgotPassword()) },
  footer: [signature],
})
