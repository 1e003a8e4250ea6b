import type { Metadata } from 'next'

import { absoluteUrl } from '../../../payload/routes'
import { SITE_NAME } from './jsonLd'

type PageMeta = {
  title: string
  description: string
  path: string
  image?: string
  type?: 'website' | 'article'
  publishedTime?: string | null
  modifiedTime?: string | null
}

/** Title, description, canonical, Open Graph and Twitter tags for one page, all absolute. */
export const pageMetadata = ({ title, description, path, image, type = 'website', publishedTime, modifiedTime }: PageMeta): Metadata => {
  const url = absoluteUrl(path)
  const images = image ? [{ url: image, width: 1200, height: 630 }] : undefined
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: SITE_NAME,
      locale: 'fr_FR',
      type,
      ...(images ? { images } : {}),
      ...(type === 'article' && publishedTime ? { publishedTime } : {}),
      ...(type === 'article' && modifiedTime ? { modifiedTime } : {}),
    },
    twitter: { card: 'summary_large_image', title, description, ...(image ? { images: [image] } : {}) },
  }
}
