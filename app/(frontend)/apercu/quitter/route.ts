import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/** Only a path on this site: `//evil.example` or `https://…` would make this an open redirect. */
const safeReturn = (value: string | null) => (value && /^\/(?![/\\])/.test(value) ? value : '/')

/** GET /apercu/quitter?retour=/actualites/… — leaves draft mode and goes back to the public page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(safeReturn(new URL(request.url).searchParams.get('retour')))
}
