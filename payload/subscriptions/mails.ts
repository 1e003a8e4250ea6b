import { frenchText } from '@/payload/i18n/typography'
import { type MailContent, SIGNATURE as signature } from '@/payload/email/render'
import { absoluteUrl, routes } from '@/payload/routes'
import type { SignedLink } from './tokens'

const linkUrl = (path: string, link: SignedLink) =>
  absoluteUrl(`${path}?id=${link.id}${link.expires ? `&expire=${link.expires}` : ''}&jeton=${encodeURIComponent(link.token)}`)

export const confirmationUrl = (link: SignedLink) => linkUrl(routes.subscription.confirm, link)
export const unsubscribeUrl = (link: SignedLink) => linkUrl(routes.subscription.unsubscribe, link)
/** The RFC 8058 one-click address: a POST there unsubscribes at once, a GET shows the page. */
export const oneClickUnsubscribeUrl = (link: SignedLink) => linkUrl(routes.subscription.unsubscribeNow, link)


export const confirmationMail = (link: SignedLink, what: string): MailContent => ({
  subject: 'Confirmez votre abonnement aux actualités',
  preheader: 'Un clic pour recevoir les actualités de Repères par courriel.',
  paragraphs: [
    frenchText`Bonjour,`,
    frenchText`Vous avez demandé à recevoir ${what} par courriel. Confirmez votre adresse pour commencer : rien ne vous sera envoyé sans cette confirmation. Le lien est valable 48 heures.`,
  ],
  action: { label: 'Confirmer mon abonnement', href: confirmationUrl(link) },
  footer: ['Si vous n’avez rien demandé, ignorez ce message : votre adresse sera oubliée.', signature],
})

/** To an address already subscribed that signs up again: nothing changes, and the form said the same as for anyone. */
export const alreadySubscribedMail = (link: SignedLink): MailContent => ({
  subject: 'Vous êtes déjà abonné aux actualités',
  preheader: 'Votre abonnement continue.',
  paragraphs: [
    frenchText`Bonjour,`,
    frenchText`Quelqu’un, sans doute vous, a demandé à abonner cette adresse aux actualités de Repères. Elle l’est déjà : votre abonnement continue sans changement.`,
    frenchText`Pour changer de fréquence ou de secteurs, désabonnez-vous puis abonnez-vous de nouveau avec vos nouveaux choix.`,
  ],
  footer: [signature],
  unsubscribeHref: unsubscribeUrl(link),
})
