import { notFound, permanentRedirect } from 'next/navigation'

import { redirectFor } from '@/payload/queries'

/**
 * What an address with no document answers: a permanent redirect (308) when the page moved
 * (a renamed slug, or an editor's entry in Redirections), else the French 404 page.
 */
export const notFoundOrMoved = async (path: string): Promise<never> => {
  const target = await redirectFor(path)
  if (target) permanentRedirect(target.path)
  notFound()
}
