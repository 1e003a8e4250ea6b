import config from '@payload-config'
import Link from 'next/link'
import { getPayload } from 'payload'

import type { Subscriber } from '@/payload-types'
import { routes } from '@/payload/routes'
import { subscriptionRoutes } from '@/payload/subscriptions/routes'
import { readSignedLink } from '@/payload/subscriptions/signedLink'
import { checkConfirmation } from '@/payload/subscriptions/tokens'
import { noticeMetadata, SubscriptionNotice } from '../notice'

export const metadata = noticeMetadata('Confirmer votre abonnement')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The mail's link lands here and confirms nothing by itself: mail scanners open links. The
 * visitor presses the button, which posts to subscriptionRoutes.confirmNow.
 */
export default async function ConfirmationPage({ searchParams }: Props) {
  const query = await searchParams
  const link = readSignedLink((name) => query[name])
  const payload = await getPayload({ config })
  const found = link ? ((await payload.find({ collection: 'subscribers', where: { id: { equals: link.id } }, limit: 1, depth: 0 })).docs[0] as Subscriber | undefined) : undefined
  const state = !link || !found ? 'invalid' : found.status === 'confirmed' ? 'done' : checkConfirmation(link, found.email)
  if (state === 'done')
    return (
      <SubscriptionNotice title="Abonnement déjà confirmé">
        <p className="lead">Cette adresse est déjà abonnée : il n’y a rien d’autre à faire.</p>
      </SubscriptionNotice>
    )
  if (state !== 'valid')
    return (
      <SubscriptionNotice title={state === 'expired' ? 'Lien expiré' : 'Lien invalide'}>
        <p className="lead">
          {state === 'expired'
            ? 'Ce lien de confirmation a plus de 48 heures.'
            : 'Ce lien de confirmation n’est pas valable : il a peut-être été coupé en le copiant, ou l’inscription a été annulée.'}
        </p>
        <p>
          <Link href={`${routes.subscribe()}#courriel`}>Abonnez-vous de nouveau</Link> : un nouveau lien vous sera envoyé.
        </p>
      </SubscriptionNotice>
    )
  return (
    <SubscriptionNotice title="Confirmer votre abonnement">
      <p className="lead">Un dernier clic pour recevoir les actualités de Repères à l’adresse {found!.email}.</p>
      <form method="post" action={subscriptionRoutes.confirmNow}>
        <input type="hidden" name="id" value={link!.id} />
        <input type="hidden" name="expire" value={link!.expires} />
        <input type="hidden" name="jeton" value={link!.token} />
        <button type="submit">Confirmer mon abonnement</button>
      </form>
    </SubscriptionNotice>
  )
}
