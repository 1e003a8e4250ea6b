import { notFound, permanentRedirect } from 'next/navigation'

import { parsePageNumber } from '@/payload/pageNumber'
import { routes } from '@/payload/routes'
import { withQuery } from '@/app/(frontend)/adresse/canonicalAddress'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// "/actualites?page=N", the list's old page addresses (next.config.mjs rewrites them here):
// a permanent redirect to "/actualites/page/N", the visitor's other parameters kept.
export const dynamic = 'force-dynamic'

export default async function OldNewsPage({ searchParams }: Props) {
  const { page: raw, ...others } = await searchParams
  const page = parsePageNumber(raw)
  if (page === null) notFound()
  permanentRedirect(withQuery(routes.newsList(page), others))
}
