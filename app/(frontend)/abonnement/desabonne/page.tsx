import Link from 'next/link'

import { routes } from '@/payload/routes'
import { noticeMetadata, SubscriptionNotice } from '../notice'

export const dynamic = 'force-dynamic'
export const metadata = noticeMetadata('Désabonnement effectué')

export default function UnsubscribedPage() {
  return (
    <SubscriptionNotice title="Désabonnement effectué">
      <p className="lead">Vous ne recevrez plus les actualités de Repères par courriel.</p>
      <p>
        Votre adresse et vos choix sont effacés. Nous gardons seulement, comme la loi nous le demande pour prouver
        que votre consentement a été respecté, une empreinte chiffrée de l’adresse et les dates d’abonnement et de
        désabonnement.
      </p>
      <p>
        Vous pouvez toujours suivre les actualités avec <Link href={routes.subscribe()}>un flux RSS</Link>.
      </p>
    </SubscriptionNotice>
  )
}
