import { noticeMetadata, SubscriptionNotice } from '../notice'

export const dynamic = 'force-dynamic'
export const metadata = noticeMetadata('Abonnement confirmé')

export default function ConfirmedPage() {
  return (
    <SubscriptionNotice title="Abonnement confirmé">
      <p className="lead">
        Merci ! Vous recevrez par courriel les actualités publiées à partir de maintenant.
      </p>
      <p>Chaque courriel contient un lien pour vous désabonner en un clic.</p>
    </SubscriptionNotice>
  )
}
