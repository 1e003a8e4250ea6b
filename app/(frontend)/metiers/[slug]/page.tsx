import type { Metadata } from 'next'
import Link from 'next/link'

import type { Career, Sector } from '@/payload-types'
import { interestLabel } from '@/payload/careers/interests'
import { sourcedPayRanges } from '@/payload/careers/pay'
import { feminineTitle } from '@/payload/careers/titles'
import { travelLabel, workplacesText } from '@/payload/careers/workingConditions'
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
import { AccessRoutes } from '@/app/(frontend)/components/AccessRoutes'
import { CareerSources } from '@/app/(frontend)/components/CareerSources'
import { onisepSource } from '@/payload/careers/citedSources'
import { PayScale } from '@/app/(frontend)/components/PayScale'
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
  const sectors = populated<Sector>(career.sectors)
  const [news, level] = [await newsForCareer(career.id, sectors.map((sector) => sector.id), 5), educationLevelLabel(career.educationLevel)]
  const related = populated<Career>(career.relatedCareers)

  // An imported sheet names ONISEP first, as the Licence Ouverte asks (payload/onisep/).
  const onisep = onisepSource(career.onisep)
  const sources = [...(onisep ? [onisep] : []), ...(career.sources ?? []).filter((source) => source.title?.trim())]
  const conditions = career.workingConditions
  const places = conditions?.places ?? []
  const travel = travelLabel(conditions?.travel)
  const hasConditions = Boolean(conditions?.hours || places.length || travel || conditions?.details)
  const prospects = career.prospects
  const hiring = prospects?.hiringSectors ?? []
  const hasProspects = Boolean(prospects?.outlook || hiring.length || prospects?.progression)
  const routesOf = (career.accessRoutes ?? []).filter((route) => route.trainings?.some((training) => training.title?.trim()))
  const interests = career.interests ?? []
  const feminine = feminineTitle(career)

  // Sections in the order a reader's questions come: what one does, with what, for whom, in what
  // conditions, how to get there, for what pay, with what future.
  const sections = [
    { id: 'missions', title: 'Activités et missions', shown: Boolean(career.missions?.length) },
    { id: 'competences', title: 'Profil de compétences', shown: Boolean(career.skills?.length) },
    { id: 'interets', title: 'Centres d’intérêt', shown: interests.length > 0 },
    { id: 'conditions', title: 'Conditions de travail', shown: hasConditions },
    { id: 'acces', title: 'Comment y accéder', shown: routesOf.length > 0 },
    { id: 'salaire', title: 'Salaire', shown: sourcedPayRanges(career.pay).length > 0 },
    { id: 'debouches', title: 'Débouchés', shown: hasProspects },
    { id: 'en-detail', title: 'Le métier en détail', shown: Boolean(career.content) },
    { id: 'metiers-proches', title: 'Métiers proches', shown: related.length > 0 },
    { id: 'sources', title: 'Sources', shown: sources.length > 0 },
  ].filter((section) => section.shown)
  const title = (id: string) => sections.find((section) => section.id === id)?.title ?? ''
  const has = (id: string) => sections.some((section) => section.id === id)

  return (
    <>
      {previewer && <PreviewBanner path={routes.career(slug)} status={career._status} />}
      <Breadcrumbs crumbs={careerCrumbs({ title: career.title, slug })} />
      <JsonLd data={careerJsonLd(career)} />
      <div className="career-layout">
        <article className="career">
          <header className="career__header">
            <h1>
              {career.title}
              {feminine && <span className="career__feminine"> ou {feminine}</span>}
            </h1>
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
            <p className="career__compare">
              <Link href={routes.compare([slug])}>Comparer avec d’autres métiers</Link>
            </p>
            <MediaImage media={career.heroImage} sizes="(min-width: 64rem) 44rem, 100vw" priority className="career__image" />
          </header>

          {sections.length > 2 && (
            <nav className="toc" aria-label="Sommaire de la fiche">
              <ol>
                {sections.map((section) => (
                  <li key={section.id}>
                    <a href={`#${section.id}`}>{section.title}</a>
                  </li>
                ))}
              </ol>
            </nav>
          )}

          {has('missions') && (
            <Panel id="missions" title={title('missions')}>
              <ul>
                {career.missions!.map((item) => (
                  <li key={item.id}>{item.mission}</li>
                ))}
              </ul>
            </Panel>
          )}

          {has('competences') && (
            <Panel id="competences" title={title('competences')}>
              <ul>
                {career.skills!.map((item) => (
                  <li key={item.id}>{item.skill}</li>
                ))}
              </ul>
            </Panel>
          )}

          {has('interets') && (
            <Panel id="interets" title={title('interets')}>
              <p>{'Ce métier plaît souvent à qui aime\u00a0:'}</p>
              <ul className="tags">
                {interests.map((interest) => (
                  <li key={interest}>{interestLabel(interest)}</li>
                ))}
              </ul>
            </Panel>
          )}

          {has('conditions') && (
            <Panel id="conditions" title={title('conditions')}>
              <dl className="details-list">
                {conditions?.hours && (
                  <div>
                    <dt>Horaires et rythme</dt>
                    <dd>{conditions.hours}</dd>
                  </div>
                )}
                {places.length > 0 && (
                  <div>
                    <dt>Lieux de travail</dt>
                    <dd>{workplacesText(places)}</dd>
                  </div>
                )}
                {travel && (
                  <div>
                    <dt>Déplacements</dt>
                    <dd>{travel}</dd>
                  </div>
                )}
                {conditions?.details && (
                  <div>
                    <dt>À savoir</dt>
                    <dd>{conditions.details}</dd>
                  </div>
                )}
              </dl>
            </Panel>
          )}

          {has('acces') && (
            <Panel id="acces" title={title('acces')}>
              {/* Links written before this section was renamed point at #formations. */}
              <span id="formations" />
              <AccessRoutes routes={routesOf} headingId="acces" />
            </Panel>
          )}

          {has('salaire') && (
            <Panel id="salaire" title={title('salaire')}>
              <PayScale pay={career.pay} />
            </Panel>
          )}

          {has('debouches') && (
            <Panel id="debouches" title={title('debouches')}>
              {prospects?.outlook && <p>{prospects.outlook}</p>}
              {hiring.length > 0 && (
                <>
                  <h3 className="panel__subtitle">Qui recrute</h3>
                  <ul className="tags">
                    {hiring.map((employer, index) => (
                      <li key={`${index}-${employer}`}>{employer}</li>
                    ))}
                  </ul>
                </>
              )}
              {prospects?.progression && (
                <>
                  <h3 className="panel__subtitle">Évolutions possibles</h3>
                  <p>{prospects.progression}</p>
                </>
              )}
            </Panel>
          )}

          {has('en-detail') && (
            <Panel id="en-detail" title={title('en-detail')} className="panel prose">
              <RichText data={career.content!} references={career.references} headingOffset={1} />
            </Panel>
          )}

          {has('metiers-proches') && (
            <Panel id="metiers-proches" title={title('metiers-proches')}>
              <ul>
                {related.map((other) => (
                  <li key={other.id} className="related">
                    <Link href={routes.career(other.slug ?? '')}>{other.title}</Link>
                    <Link href={routes.compare([slug, other.slug ?? ''])} className="related__compare">
                      Comparer<span className="visually-hidden">{` ${career.title} et ${other.title}`}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </Panel>
          )}

          {has('sources') && (
            <Panel id="sources" title={title('sources')}>
              <CareerSources sources={sources} />
            </Panel>
          )}

          {career.publishedAt && (
            <p className="dates">{publicationLine(career.publishedAt, career.contentUpdatedAt)}</p>
          )}
        </article>

        <aside aria-labelledby="actualites-aside" className="aside">
          <h2 id="actualites-aside">Actualités liées</h2>
          {news.length > 0 ? (
            <ul className="aside-news">
              {news.map((post) => (
                <li key={post.id}>
                  <Link href={routes.newsPost(post.slug ?? '')}>{post.title}</Link>
                  {post.publishedAt && <p className="aside-news__dates">{publicationLine(post.publishedAt, post.contentUpdatedAt)}</p>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="aside-empty">Aucune actualité ne concerne encore ce métier{sectors.length ? ' ni son secteur' : ''}.</p>
          )}
          <ul className="aside-links">
            {sectors.slice(0, 2).map((sector) => (
              <li key={sector.id}>
                <Link href={routes.sector(sector.slug ?? '')}>{`Le secteur «\u00a0${sector.title}\u00a0»`}</Link>
              </li>
            ))}
            <li>
              <Link href={routes.newsList()}>Toutes les actualités</Link>
            </li>
            <li>
              <Link href={routes.subscribe()}>Recevoir les actualités par courriel</Link>
            </li>
          </ul>
        </aside>
      </div>
    </>
  )
}
