import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { sameSecret } from '@/payload/access/sameSecret'
import { isValidSlug } from '@/payload/fields/slugify'
import { isPreviewable, previewToken, publicPath } from '@/payload/preview/previewUrl'
import { staffFromHeaders } from '@/payload/preview/previewer'

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })

/**
 * GET /apercu?collection=news&slug=…&token=… — the admin's "Aperçu" link and live-preview frame.
 * Turns on Next's draft mode for a logged-in staff member holding the admin's token, then
 * shows the page. Anyone else gets a French refusal and no draft-mode cookie.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams
  const collection = query.get('collection')
  const slug = query.get('slug') ?? ''
  if (!isPreviewable(collection) || !isValidSlug(slug)) return refuse(400, 'Lien d’aperçu invalide.')
  if (!sameSecret(query.get('token') ?? '', previewToken())) return refuse(403, 'Lien d’aperçu invalide ou expiré : ouvrez l’aperçu depuis l’administration.')
  if (!(await staffFromHeaders(request.headers)))
    return refuse(401, 'Connectez-vous à l’administration de Repères pour prévisualiser un brouillon.')
  ;(await draftMode()).enable()
  redirect(publicPath(collection, slug))
}
