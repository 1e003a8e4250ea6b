import { noticeMetadata, SubscriptionNotice } from '../notice'

// Rendered per request: its links are absolute (SITE_URL), which `next build` does not know.
export const dynamic = 'force-dynamic'
export const metadata = noticeMetadata('Vérifiez votre boîte de réception')

export default function SentPage() {
  return (
    <SubscriptionNotice title="Vérifiez votre boîte de réception">
      <p className="lead">
        Si l’adresse indiquée peut recevoir nos courriels, un message vient de lui être envoyé. Ouvrez-le et
        confirmez votre abonnement : rien ne vous sera envoyé sans cette confirmation.
      </p>
      <p>
        Rien reçu d’ici quelques minutes ? Regardez dans les courriels indésirables, puis vérifiez l’adresse et
        recommencez. Le lien de confirmation reste valable 48 heures.
      </p>
    </SubscriptionNotice>
  )
}
