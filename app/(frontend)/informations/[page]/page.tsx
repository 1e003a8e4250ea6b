import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Page } from '@/payload-types'
import { CONFORMITY_LEVELS, pageKindByPath } from '@/payload/pages/pageKinds'
import { getPage } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { RichText } from '@/app/(frontend)/components/RichText'
import { formatFrenchDate, publicationLine } from '@/app/(frontend)/format'
import { sectionCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Props = { params: Promise<{ page: string }> }

// The site's own pages ("/a-propos", "/accessibilite"…, rewritten here by next.config.mjs):
// rendered on first visit, then cached until an editor publishes one (cacheTags.pages).
export const generateStaticParams = async () => []

const load = async (params: Props['params']) => {
  const kind = pageKindByPath((await params).page)
  return kind ? getPage(kind.value) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params)
  if (!page) return { title: 'Page introuvable', robots: { index: false } }
  return pageMetadata({ title: page.title, description: page.summary, path: routes.page(page.kind) })
}

/** The statement's legal head: the conformity level in the RGAA's words, the rate and audit when there was one. */
function Conformity({ accessibility }: { accessibility: Page['accessibility'] }) {
  const level = CONFORMITY_LEVELS.find((each) => each.value === accessibility?.conformity)
  if (!level) return null
  const rate = accessibility?.rate
  return (
    <div className="conformity">
      <p>
        <strong>État de conformité :</strong> Repères est <strong>{level.label.toLocaleLowerCase('fr')}</strong> avec le référentiel général
        d’amélioration de l’accessibilité (RGAA), version 4.1.2.
      </p>
      {typeof rate === 'number' && <p>{`L’audit relève ${String(rate).replace('.', ',')}\u00a0% de critères respectés.`}</p>}
      <p>{accessibility?.auditedAt ? `Audit du ${formatFrenchDate(accessibility.auditedAt)}.` : 'Aucun audit de conformité n’a encore été réalisé.'}</p>
    </div>
  )
}

export default async function SitePage({ params }: Props) {
  const page = await load(params)
  if (!page) notFound()
  return (
    <>
      <Breadcrumbs crumbs={sectionCrumbs(page.title, routes.page(page.kind))} />
      <article className="site-page">
        <h1>{page.title}</h1>
        <p className="lead">{page.summary}</p>
        {page.kind === 'accessibility' && <Conformity accessibility={page.accessibility} />}
        {page.content && (
          <div className="prose">
            <RichText data={page.content} references={page.references} />
          </div>
        )}
        {page.publishedAt && <p className="dates">{publicationLine(page.publishedAt, page.contentUpdatedAt)}</p>}
      </article>
    </>
  )
}
