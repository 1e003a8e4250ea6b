import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

/**
 * Only a path on this site. Parsed as a URL against our own origin, as the browser will read
 * it: "//evil.example", "/\tevil…", "https://…" all resolve elsewhere and give "/".
 */
const safeReturn = (value: string | null, requestUrl: string): string => {
  if (!value) return '/'
  const own = new URL(requestUrl)
  try {
    const target = new URL(value, own)
    return target.origin === own.origin && value.startsWith('/') ? `${target.pathname}${target.search}` : '/'
  } catch {
    return '/'
  }
}

/** GET /apercu/quitter?retour=/actualites/… — leaves draft mode and goes back to the public page. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(safeReturn(new URL(request.url).searchParams.get('retour'), request.url))
}
