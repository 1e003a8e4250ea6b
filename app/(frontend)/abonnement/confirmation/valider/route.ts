import config from '@payload-config'
import { getPayload } from 'payload'

import { formRoute } from '@/payload/http/formRoute'
import { plainPageResponse, seeOther } from '@/payload/http/plainPage'
import { routes } from '@/payload/routes'
import { readSignedLink } from '@/payload/subscriptions/signedLink'
import { confirm } from '@/payload/subscriptions/subscribe'
import { LINK_EXPIRED, LINK_INVALID } from '../../linkProblems'

const again: [string, string] = ['S’abonner de nouveau', `${routes.subscribe()}#courriel`]

/** The confirmation page's button (a POST: a link scanner following the mail's link confirms nothing). */
export const POST = formRoute(async (form) => {
  const link = readSignedLink((name) => form.get(name))
  const outcome = link ? await confirm(await getPayload({ config }), link) : 'invalid'
  if (outcome === 'confirmed') return seeOther(routes.subscription.confirmed)
  if (outcome === 'expired')
    return plainPageResponse(410, { title: LINK_EXPIRED.title, paragraphs: [LINK_EXPIRED.text, 'Abonnez-vous de nouveau : un nouveau lien vous sera envoyé.'], links: [again] })
  return plainPageResponse(400, { title: LINK_INVALID.title, paragraphs: [LINK_INVALID.text], links: [again] })
})

export function GET(request: Request): Response {
  return seeOther(`${routes.subscription.confirm}${new URL(request.url).search}`)
}
