import Link from 'next/link'

import { breadcrumbJsonLd } from '@/app/(frontend)/seo/jsonLd'
import type { Crumb } from '@/app/(frontend)/seo/breadcrumbs'
import { JsonLd } from './JsonLd'

/** Visible trail and its BreadcrumbList twin, from the same data. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <>
      <nav aria-label="Fil d’Ariane" className="breadcrumbs">
        <ol>
          {crumbs.map((crumb, index) =>
            index === crumbs.length - 1 ? (
              <li key={crumb.path} aria-current="page">
                {crumb.name}
              </li>
            ) : (
              <li key={crumb.path}>
                <Link href={crumb.path}>{crumb.name}</Link>
              </li>
            ),
          )}
        </ol>
      </nav>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
    </>
  )
}
