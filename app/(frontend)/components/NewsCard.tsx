import Link from 'next/link'

import type { News } from '@/payload-types'
import { routes } from '@/payload/routes'
import { publicationLine } from '@/app/(frontend)/format'
import { MediaImage } from './MediaImage'

export function NewsCard({ post, headingLevel = 2 }: { post: News; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <article className="news-item">
      <MediaImage media={post.heroImage} sizes="(min-width: 48rem) 12rem, 100vw" className="news-item__image" />
      <div className="news-item__body">
        <Heading className="news-item__title">
          <Link href={routes.newsPost(post.slug ?? '')}>{post.title}</Link>
        </Heading>
        {post.publishedAt && <p className="news-item__dates">{publicationLine(post.publishedAt, post.contentUpdatedAt)}</p>}
        <p className="news-item__excerpt">{post.excerpt}</p>
      </div>
    </article>
  )
}
