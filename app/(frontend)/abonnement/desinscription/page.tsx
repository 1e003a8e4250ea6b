import config from '@payload-config'
import { getPayload } from 'payload'

import { readSignedLink } from '@/payload/subscriptions/signedLink'
import { canUnsubscribe } from '@/payload/subscriptions/subscribe'
import { noticeMetadata, SubscriptionNotice } from '../notice'
import { routes } from '@/payload/routes'

export const metadata = noticeMetadata('Se désabonner')

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The mail's visible "Se désabonner" link: one button, no login (opening the link changes nothing). */
export default async function UnsubscribePage({ searchParams }: Props) {
  const query = await searchParams
  const link = readSignedLink((name) => query[name])
  if (!link || !(await canUnsubscribe(await getPayload({ config }), link)))
    return (
      <SubscriptionNotice title="Déjà désabonné ?">
        <p className="lead">
          Ce lien ne correspond à aucun abonnement en cours : vous êtes peut-être déjà désabonné, ou le lien a été coupé
          en le copiant. Utilisez le lien du dernier courriel reçu.
        </p>
      </SubscriptionNotice>
    )
  return (
    <SubscriptionNotice title="Se désabonner des actualités">
      <p className="lead">Vous ne recevrez plus les actualités de Repères par courriel, et votre adresse sera effacée.</p>
      <form method="post" action={routes.subscription.unsubscribeNow}>
        <input type="hidden" name="id" value={link.id} />
        <input type="hidden" name="jeton" value={link.token} />
        <button type="submit">Me désabonner</button>
      </form>
    </SubscriptionNotice>
  )
}
