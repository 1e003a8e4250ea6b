import Link from 'next/link'

import { truncateForResult } from '@/payload/seo/searchAppearance'
import { breadcrumbJsonLd } from '@/app/(frontend)/seo/jsonLd'
import type { Crumb } from '@/app/(frontend)/seo/breadcrumbs'
import { JsonLd } from './JsonLd'

/**
 * A crumb's visible name: a long title (a post's headline) cut between words, since the h1
 * right below says it whole; search engines get it whole in the JSON-LD.
 */
const CRUMB_MAX = 48

/** Visible trail and its BreadcrumbList twin, from the same data. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <>
      <nav aria-label="Fil d’Ariane" className="breadcrumbs">
        <ol>
          {crumbs.map((crumb, index) =>
            index === crumbs.length - 1 ? (
              <li key={crumb.path} aria-current="page">
                {truncateForResult(crumb.name, CRUMB_MAX)}
              </li>
            ) : (
              <li key={crumb.path}>
                <Link href={crumb.path}>{truncateForResult(crumb.name, CRUMB_MAX)}</Link>
              </li>
            ),
          )}
        </ol>
      </nav>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
    </>
  )
}
