import { formatParisDateTime } from '@/payload/admin/parisTime'
import { type MailContent, SIGNATURE as signature } from '@/payload/email/render'
import { frenchText } from '@/payload/i18n/typography'
import { absoluteUrl } from '@/payload/routes'

export type ReviewedCollection = 'careers' | 'news'

const KINDS: Record<ReviewedCollection, string> = { careers: 'la fiche métier', news: 'l’actualité' }

/** The document in the admin, and its versions (Payload's comparison with the published one). */
export const reviewLinks = (collection: ReviewedCollection, id: number | string) => ({
  edit: absoluteUrl(`/admin/collections/${collection}/${id}`),
  versions: absoluteUrl(`/admin/collections/${collection}/${id}/versions`),
})

type Document = { collection: ReviewedCollection; id: number | string; title: string }

/** To the editors: a contributor asks for a review. */
export const proposedMail = ({ collection, id, title, by, at }: Document & { by: string; at: string }): MailContent => ({
  subject: `À relire : ${title}`,
  preheader: `${by} propose ${KINDS[collection]} « ${title} » à la relecture.`,
  paragraphs: [
    frenchText`Bonjour,`,
    frenchText`${by} propose ${KINDS[collection]} « ${title} » à la relecture (demande du ${formatParisDateTime(at)}, heure de Paris).`,
    frenchText`Relisez le brouillon, puis publiez-le ou renvoyez-le avec un commentaire. Les modifications par rapport à la version publiée sont dans l’onglet « Versions » : ${reviewLinks(collection, id).versions}`,
  ],
  action: { label: 'Relire le brouillon', href: reviewLinks(collection, id).edit },
  footer: ['Vous recevez ce message parce que votre compte Repères relit et publie les contenus.', signature],
})

/** To whoever proposed: an editor sent the draft back with a comment. */
export const returnedMail = ({ collection, id, title, by, comment }: Document & { by: string; comment: string }): MailContent => ({
  subject: `À reprendre : ${title}`,
  preheader: `${by} vous renvoie ${KINDS[collection]} « ${title} » avec un commentaire.`,
  paragraphs: [
    frenchText`Bonjour,`,
    frenchText`${by} vous renvoie ${KINDS[collection]} « ${title} » avec ce commentaire :`,
    // The editor's words as written, line by line (an HTML paragraph would join the lines).
    ...comment.split('\n').map((line) => line.trim()).filter(Boolean),
    frenchText`Reprenez le brouillon, puis proposez-le de nouveau à la relecture.`,
  ],
  action: { label: 'Reprendre le brouillon', href: reviewLinks(collection, id).edit },
  footer: ['Vous recevez ce message parce que vous avez proposé ce document à la relecture.', signature],
})
