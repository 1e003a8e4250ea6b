import config from '@payload-config'
import { getPayload } from 'payload'

import { formRoute } from '@/payload/http/formRoute'
import { plainPageResponse, seeOther } from '@/payload/http/plainPage'
import { listSectors, withContent } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { clientAddress } from '@/payload/subscriptions/clientAddress'
import { hit, SIGNUPS_PER_ADDRESS_PER_HOUR, SIGNUPS_PER_CLIENT_PER_HOUR } from '@/payload/subscriptions/rateLimit'
import { addressHash, readSignUp, signUp } from '@/payload/subscriptions/subscribe'

const back: [string, string] = ['Revenir au formulaire', `${routes.subscribe()}#courriel`]
// A relative Location: behind the proxy, request.url names the app server, not the site.
const sent = () => seeOther(routes.subscription.sent)

/** The e-mail sign-up form's target (works without JavaScript: a plain form POST, then a redirect). */
export const POST = formRoute(async (form, request) => {
  // Filled only by robots: the field is not displayed. They are told what people are told.
  if (String(form.get('site') ?? '') !== '') return sent()

  const payload = await getPayload({ config })
  if ((await hit(payload, `signup:client:${clientAddress(request.headers)}`, 3600)) > SIGNUPS_PER_CLIENT_PER_HOUR)
    return plainPageResponse(
      429,
      { title: 'Trop de demandes', paragraphs: ['Trop d’inscriptions sont parties de votre connexion en une heure. Réessayez dans une heure.'], links: [back] },
      { 'retry-after': '3600' },
    )

  const sectors = withContent(await listSectors())
  const read = readSignUp(form, new Set(sectors.map((sector) => sector.id)))
  if ('refusal' in read) return plainPageResponse(400, { title: 'Inscription refusée', paragraphs: [read.refusal], links: [back] })

  // Past a few mails an hour to one address, further sign-ups send nothing, and the answer
  // stays the same (it would otherwise tell that the address was already used).
  if ((await hit(payload, `signup:address:${addressHash(read.request.email)}`, 3600)) > SIGNUPS_PER_ADDRESS_PER_HOUR) return sent()

  try {
    const titles = sectors.filter((sector) => read.request.sectors.includes(sector.id)).map((sector) => sector.title)
    await signUp(payload, read.request, titles)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Inscription à la lettre d’actualités : le courriel n’a pas pu partir.' })
    return plainPageResponse(503, { title: 'Courriel non envoyé', paragraphs: ['Le courriel de confirmation n’a pas pu partir. Réessayez dans quelques minutes.'], links: [back] }, { 'retry-after': '300' })
  }
  return sent()
})

/** The address typed in a browser: the form. */
export function GET(): Response {
  return seeOther(`${routes.subscribe()}#courriel`)
}
