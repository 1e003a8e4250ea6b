import config from '@payload-config'
import { getPayload } from 'payload'

import { plainPageResponse, seeOther } from '@/payload/http/plainPage'
import { routes } from '@/payload/routes'
import { subscriptionRoutes } from '@/payload/subscriptions/routes'
import { readSignedLink } from '@/payload/subscriptions/signedLink'
import { confirm } from '@/payload/subscriptions/subscribe'

const again: [string, string] = ['S’abonner de nouveau', `${routes.subscribe()}#courriel`]

/** The confirmation page's button (a POST: a link scanner following the mail's link confirms nothing). */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null)
  const link = form && readSignedLink((name) => form.get(name))
  const outcome = link ? await confirm(await getPayload({ config }), link) : 'invalid'
  if (outcome === 'confirmed') return seeOther(subscriptionRoutes.confirmed)
  if (outcome === 'expired')
    return plainPageResponse(410, { title: 'Lien expiré', paragraphs: ['Ce lien de confirmation a plus de 48 heures. Abonnez-vous de nouveau : un nouveau lien vous sera envoyé.'], links: [again] })
  return plainPageResponse(400, { title: 'Lien invalide', paragraphs: ['Ce lien de confirmation n’est pas valable : il a peut-être été coupé en le copiant, ou l’inscription a été annulée.'], links: [again] })
}

export function GET(request: Request): Response {
  return seeOther(`${subscriptionRoutes.confirm}${new URL(request.url).search}`)
}
