import config from '@payload-config'
import Link from 'next/link'
import { getPayload } from 'payload'

import { routes } from '@/payload/routes'
import { readSignedLink } from '@/payload/subscriptions/signedLink'
import { confirmationState } from '@/payload/subscriptions/subscribe'
import { noticeMetadata, SubscriptionNotice } from '../notice'
import { LINK_EXPIRED, LINK_INVALID } from '../linkProblems'

export const metadata = noticeMetadata('Confirmer votre abonnement')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * The mail's link lands here and confirms nothing by itself: mail scanners open links. The
 * visitor presses the button, which posts to routes.subscription.confirmNow.
 */
export default async function ConfirmationPage({ searchParams }: Props) {
  const query = await searchParams
  const link = readSignedLink((name) => query[name])
  const { state, email } = await confirmationState(await getPayload({ config }), link)
  if (state === 'done')
    return (
      <SubscriptionNotice title="Abonnement déjà confirmé">
        <p className="lead">Cette adresse est déjà abonnée : il n’y a rien d’autre à faire.</p>
      </SubscriptionNotice>
    )
  if (state !== 'valid') {
    const problem = state === 'expired' ? LINK_EXPIRED : LINK_INVALID
    return (
      <SubscriptionNotice title={problem.title}>
        <p className="lead">{problem.text}</p>
        <p>
          <Link href={`${routes.subscribe()}#courriel`}>Abonnez-vous de nouveau</Link> : un nouveau lien vous sera envoyé.
        </p>
      </SubscriptionNotice>
    )
  }
  return (
    <SubscriptionNotice title="Confirmer votre abonnement">
      <p className="lead">Un dernier clic pour recevoir les actualités de Repères à l’adresse {email}.</p>
      <form method="post" action={routes.subscription.confirmNow}>
        <input type="hidden" name="id" value={link!.id} />
        <input type="hidden" name="expire" value={link!.expires} />
        <input type="hidden" name="jeton" value={link!.token} />
        <button type="submit">Confirmer mon abonnement</button>
      </form>
    </SubscriptionNotice>
  )
}
