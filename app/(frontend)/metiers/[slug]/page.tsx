import type { Metadata } from 'next'
import Link from 'next/link'

import type { Career, Sector } from '@/payload-types'
import { educationLevelLabel } from '@/payload/fields/educationLevels'
import { currentPreviewer } from '@/payload/preview/previewer'
import { getCareer, newsForCareer } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { careerAppearance } from '@/payload/seo/searchAppearance'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { JsonLd } from '@/app/(frontend)/components/JsonLd'
import { MediaImage } from '@/app/(frontend)/components/MediaImage'
import { Panel } from '@/app/(frontend)/components/Panel'
import { PreviewBanner } from '@/app/(frontend)/components/PreviewBanner'
import { RichText } from '@/app/(frontend)/components/RichText'
import { SalaryRange } from '@/app/(frontend)/components/SalaryRange'
import { publicationLine } from '@/app/(frontend)/format'
import { notFoundOrMoved } from '@/app/(frontend)/notFoundOrMoved'
import { careerCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { careerJsonLd, imageUrl } from '@/app/(frontend)/seo/jsonLd'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first visit, then served from cache until an editor's change expires its tags.
export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const career = await getCareer(slug, await currentPreviewer())
  if (!career) return { title: 'Page introuvable', robots: { index: false } }
  const appearance = careerAppearance(career)
  return pageMetadata({
    title: appearance.title,
    absoluteTitle: appearance.absolute,
    description: appearance.description,
    path: routes.career(slug),
    image: imageUrl(appearance.image),
  })
}

const populated = <T extends { id: number }>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object')

export default async function CareerPage({ params }: Props) {
  const { slug } = await params
  const previewer = await currentPreviewer()
  const career = (await getCareer(slug, previewer)) ?? (await notFoundOrMoved(routes.career(slug)))
  const [news, level] = [await newsForCareer(career.id, 5), educationLevelLabel(career.educationLevel)]
  const sectors = populated<Sector>(career.sectors)
  const related = populated<Career>(career.relatedCareers)

  return (
    <>
      {previewer && <PreviewBanner path={routes.career(slug)} status={career._status} />}
      <Breadcrumbs crumbs={careerCrumbs({ title: career.title, slug })} />
      <JsonLd data={careerJsonLd(career)} />
      <div className="career-layout">
        <article className="career">
          <header className="career__header">
            <h1>{career.title}</h1>
            <p className="lead">{career.summary}</p>
            <dl className="facts">
              {level && (
                <div>
                  <dt>Niveau d’études minimum</dt>
                  <dd>{level}</dd>
                </div>
              )}
              {sectors.length > 0 && (
                <div>
                  <dt>Secteurs</dt>
                  <dd>
                    {sectors.map((sector, index) => (
                      <span key={sector.id}>
                        {index > 0 && ', '}
                        <Link href={routes.sector(sector.slug ?? '')}>{sector.title}</Link>
                      </span>
                    ))}
                  </dd>
                </div>
              )}
              {career.romeCodes && career.romeCodes.length > 0 && (
                <div>
                  <dt>Code ROME</dt>
                  <dd>{career.romeCodes.join(', ')}</dd>
                </div>
              )}
            </dl>
            <MediaImage media={career.heroImage} sizes="(min-width: 64rem) 44rem, 100vw" priority className="career__image" />
          </header>

          {career.skills && career.skills.length > 0 && (
            <Panel id="competences" title="Profil de compétences">
              <ul>
                {career.skills.map((item) => (
                  <li key={item.id}>{item.skill}</li>
                ))}
              </ul>
            </Panel>
          )}

          {career.missions && career.missions.length > 0 && (
            <Panel id="missions" title="Activités et missions">
              <ul>
                {career.missions.map((item) => (
                  <li key={item.id}>{item.mission}</li>
                ))}
              </ul>
            </Panel>
          )}

          {career.trainingPaths && career.trainingPaths.length > 0 && (
            <Panel id="formations" title="Formations et filières">
              <ul>
                {career.trainingPaths.map((path) => (
                  <li key={path.id}>
                    <strong>{path.title}</strong>
                    {path.description && <> — {path.description}</>}
                  </li>
                ))}
              </ul>
            </Panel>
          )}

          {career.salary && (
            <Panel id="salaire" title="Salaire">
              <SalaryRange salary={career.salary} />
            </Panel>
          )}

          {career.content && (
            <Panel id="en-detail" title="Le métier en détail" className="panel prose">
              <RichText data={career.content} references={career.references} headingOffset={1} />
            </Panel>
          )}

          {related.length > 0 && (
            <Panel id="metiers-proches" title="Métiers proches">
              <ul>
                {related.map((other) => (
                  <li key={other.id}>
                    <Link href={routes.career(other.slug ?? '')}>{other.title}</Link>
                  </li>
                ))}
              </ul>
            </Panel>
          )}

          {career.publishedAt && (
            <p className="dates">{publicationLine(career.publishedAt, career.contentUpdatedAt)}</p>
          )}
        </article>

        <aside aria-labelledby="actualites-aside" className="aside">
          <h2 id="actualites-aside">Actualités</h2>
          <ul className="aside-news">
            {news.map((post) => (
              <li key={post.id}>
                <Link href={routes.newsPost(post.slug ?? '')}>{post.title}</Link>
                {post.publishedAt && <p className="aside-news__dates">{publicationLine(post.publishedAt, post.contentUpdatedAt)}</p>}
              </li>
            ))}
          </ul>
          <p>
            <Link href={routes.newsList()}>Toutes les actualités</Link>
          </p>
        </aside>
      </div>
    </>
  )
}
