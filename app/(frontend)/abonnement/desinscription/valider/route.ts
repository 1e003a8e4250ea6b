import config from '@payload-config'
import { getPayload } from 'payload'

import { plainPageResponse, seeOther } from '@/payload/http/plainPage'
import { subscriptionRoutes } from '@/payload/subscriptions/routes'
import { readSignedLink } from '@/payload/subscriptions/signedLink'
import { unsubscribe } from '@/payload/subscriptions/subscribe'

/**
 * Unsubscribes, with no login. Two callers:
 * - a mail program's own "unsubscribe" button (RFC 8058 one-click): a POST of
 *   `List-Unsubscribe=One-Click` to the address of the List-Unsubscribe header, whose query
 *   carries the signed link; it gets a 200 and never a page to click through;
 * - the button of the unsubscribe page (the link in the mail's text), which gets a redirect.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null)
  const query = new URL(request.url).searchParams
  const oneClick = form?.get('List-Unsubscribe') === 'One-Click'
  const link = readSignedLink((name) => form?.get(name) ?? query.get(name))
  const outcome = link ? await unsubscribe(await getPayload({ config }), link) : 'invalid'
  if (outcome === 'invalid')
    return plainPageResponse(400, {
      title: 'Lien invalide',
      paragraphs: ['Ce lien de désabonnement n’est pas valable : il a peut-être été coupé en le copiant. Utilisez le lien du dernier courriel reçu.'],
      links: [['Revenir à l’accueil', '/']],
    })
  if (oneClick) return plainPageResponse(200, { title: 'Désabonnement effectué', paragraphs: ['Vous ne recevrez plus les actualités de Repères par courriel.'], links: [['Revenir à l’accueil', '/']] })
  return seeOther(subscriptionRoutes.unsubscribed)
}

/** Some mail programs open the List-Unsubscribe address instead of posting to it: the page with its button. */
export function GET(request: Request): Response {
  return seeOther(`${subscriptionRoutes.unsubscribe}${new URL(request.url).search}`)
}
