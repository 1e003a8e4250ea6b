import config from '@payload-config'
import { getPayload } from 'payload'

import { formRoute } from '@/payload/http/formRoute'
import { plainPageResponse, seeOther } from '@/payload/http/plainPage'
import { readSignedLink } from '@/payload/subscriptions/signedLink'
import { unsubscribe } from '@/payload/subscriptions/subscribe'
import { routes } from '@/payload/routes'

/**
 * Unsubscribes, with no login. Two callers:
 * - a mail program's own "unsubscribe" button (RFC 8058 one-click): a POST of
 *   `List-Unsubscribe=One-Click` to the address of the List-Unsubscribe header, whose query
 *   carries the signed link; it gets a 200 and never a page to click through;
 * - the button of the unsubscribe page (the link in the mail's text), which gets a redirect.
 */
export const POST = formRoute(async (form, request) => {
  const query = new URL(request.url).searchParams
  const oneClick = form.get('List-Unsubscribe') === 'One-Click'
  const link = readSignedLink((name) => form.get(name) ?? query.get(name))
  const outcome = link ? await unsubscribe(await getPayload({ config }), link) : 'invalid'
  if (outcome === 'invalid')
    return plainPageResponse(400, {
      title: 'Lien invalide',
      paragraphs: ['Ce lien de désabonnement n’est pas valable : il a peut-être été coupé en le copiant. Utilisez le lien du dernier courriel reçu.'],
      links: [['Revenir à l’accueil', '/']],
    })
  if (oneClick) return plainPageResponse(200, { title: 'Désabonnement effectué', paragraphs: ['Vous ne recevrez plus les actualités de Repères par courriel.'], links: [['Revenir à l’accueil', '/']] })
  return seeOther(routes.subscription.unsubscribed)
})

/** Some mail programs open the List-Unsubscribe address instead of posting to it: the page with its button. */
export function GET(request: Request): Response {
  return seeOther(`${routes.subscription.unsubscribe}${new URL(request.url).search}`)
}
