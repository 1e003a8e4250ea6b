import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { careerInitials, careersByInitial, isInitial } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { AlphabetIndex } from '@/app/(frontend)/components/AlphabetIndex'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { sectionCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Props = { params: Promise<{ lettre: string }> }

// Rendered on first visit, then served from cache until a career is published or changed.
export const generateStaticParams = async () => []

const heading = (initial: string) =>
  initial === 'autres' ? 'Métiers dont l’intitulé commence par un chiffre ou un signe' : `Métiers commençant par ${initial.toLocaleUpperCase('fr')}`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lettre } = await params
  if (!isInitial(lettre)) return {}
  return pageMetadata({
    title: heading(lettre),
    description: `Les fiches métiers de Repères, de A à Z : ${heading(lettre).toLocaleLowerCase('fr')}.`,
    path: routes.careersByInitial(lettre),
  })
}

export default async function CareersByInitialPage({ params }: Props) {
  const { lettre } = await params
  if (!isInitial(lettre)) notFound()
  const [counts, careers] = await Promise.all([careerInitials(), careersByInitial(lettre)])
  return (
    <>
      <Breadcrumbs crumbs={[...sectionCrumbs('Métiers', routes.careers()), { name: heading(lettre), path: routes.careersByInitial(lettre) }]} />
      <h1>{heading(lettre)}</h1>
      <AlphabetIndex counts={counts} current={lettre} />
      <p className="count" role="status">
        {careers.length} métier{careers.length > 1 ? 's' : ''}
      </p>
      {careers.length === 0 ? (
        <p>
          Aucun métier publié ne commence par cette lettre pour l’instant. <Link href={routes.careers()}>Voir tous les métiers</Link>.
        </p>
      ) : (
        <ul className="initial-list">
          {careers.map((career) => (
            <li key={career.slug}>
              <Link href={routes.career(career.slug)}>{career.title}</Link>
              {career.feminineTitle && career.feminineTitle !== career.title ? <span className="initial-list__feminine"> · {career.feminineTitle}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
