import type { Metadata } from 'next'
import Link from 'next/link'

import type { Career } from '@/payload-types'
import { NEWSROOM } from '@/payload/bylines/byline'
import { currentPreviewer } from '@/payload/preview/previewer'
import { getNewsPost } from '@/payload/queries'
import { routes } from '@/payload/routes'
import { newsAppearance } from '@/payload/seo/searchAppearance'
import { Breadcrumbs } from '@/app/(frontend)/components/Breadcrumbs'
import { JsonLd } from '@/app/(frontend)/components/JsonLd'
import { MediaImage } from '@/app/(frontend)/components/MediaImage'
import { Panel } from '@/app/(frontend)/components/Panel'
import { PreviewBanner } from '@/app/(frontend)/components/PreviewBanner'
import { RichText } from '@/app/(frontend)/components/RichText'
import { publicationLine } from '@/app/(frontend)/format'
import { notFoundOrMoved } from '@/app/(frontend)/notFoundOrMoved'
import { newsCrumbs } from '@/app/(frontend)/seo/breadcrumbs'
import { imageUrl, newsArticleJsonLd } from '@/app/(frontend)/seo/jsonLd'
import { pageMetadata } from '@/app/(frontend)/seo/metadata'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const found = await getNewsPost(slug, await currentPreviewer())
  if (!found) return { title: 'Page introuvable', robots: { index: false } }
  const { post } = found
  const appearance = newsAppearance(post)
  return pageMetadata({
    title: appearance.title,
    absoluteTitle: appearance.absolute,
    description: appearance.description,
    path: routes.newsPost(slug),
    image: imageUrl(appearance.image),
    type: 'article',
    publishedTime: post.publishedAt,
    modifiedTime: post.contentUpdatedAt,
  })
}

export default async function NewsPostPage({ params }: Props) {
  const { slug } = await params
  const previewer = await currentPreviewer()
  const found = (await getNewsPost(slug, previewer)) ?? (await notFoundOrMoved(routes.newsPost(slug)))
  const { post, previous, next } = found
  const related = (post.relatedCareers ?? []).filter((c): c is Career => typeof c === 'object')

  return (
    <>
      {previewer && <PreviewBanner path={routes.newsPost(slug)} status={post._status} />}
      <Breadcrumbs crumbs={newsCrumbs({ title: post.title, slug })} />
      <JsonLd data={newsArticleJsonLd(post)} />
      <article className="post">
        <header>
          <h1>{post.title}</h1>
          {post.publishedAt && <p className="dates">{publicationLine(post.publishedAt, post.contentUpdatedAt)}</p>}
          <p className="byline">Par {post.byline || NEWSROOM}</p>
          <p className="lead">{post.excerpt}</p>
          <MediaImage media={post.heroImage} sizes="(min-width: 48rem) 46rem, 100vw" priority className="post__image" />
        </header>
        {post.content && (
          <div className="prose">
            <RichText data={post.content} references={post.references} />
          </div>
        )}
        {related.length > 0 && (
          <Panel id="metiers-lies" title="Métiers liés">
            <ul>
              {related.map((career) => (
                <li key={career.id}>
                  <Link href={routes.career(career.slug ?? '')}>{career.title}</Link>
                </li>
              ))}
            </ul>
          </Panel>
        )}
      </article>
      <nav aria-label="Actualités voisines" className="post-nav">
        {previous ? (
          <Link href={routes.newsPost(previous.slug ?? '')} rel="prev">
            <span className="post-nav__label">Actualité précédente</span> {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={routes.newsPost(next.slug ?? '')} rel="next">
            <span className="post-nav__label">Actualité suivante</span> {next.title}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </>
  )
}
