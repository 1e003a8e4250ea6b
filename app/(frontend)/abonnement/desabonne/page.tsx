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
        Votre adresse et vos choix sont effacés. Pour pouvoir prouver que votre consentement a été respecté (RGPD,
        article 7), nous gardons seulement l’empreinte SHA-256 de l’adresse, qui ne permet pas de vous écrire, avec
        les dates de confirmation et de désabonnement.
      </p>
      <p>
        Vous pouvez toujours suivre les actualités avec <Link href={routes.subscribe()}>un flux RSS</Link>.
      </p>
    </SubscriptionNotice>
  )
}
