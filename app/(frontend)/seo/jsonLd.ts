// schema.org JSON-LD builders: plain data in, plain objects out, absolute URLs throughout.
import type { Career, Media, News } from '@/payload-types'
import { educationLevelLabel } from '@/payload/fields/educationLevels'
import { absoluteUrl, routes } from '@/payload/routes'
import { SITE_NAME, careerAppearance, newsAppearance } from '@/payload/seo/searchAppearance'
import type { Crumb } from './breadcrumbs'

export { SITE_NAME }

type JsonLd = Record<string, unknown>

const media = (value: unknown): Media | undefined =>
  value && typeof value === 'object' ? (value as Media) : undefined

/** The Open Graph rendition of an upload as an absolute URL, falling back to the original. */
export const imageUrl = (value: unknown): string | undefined => {
  const image = media(value)
  const url = image?.sizes?.og?.url || image?.url
  return url ? absoluteUrl(url) : undefined
}

export const breadcrumbJsonLd = (crumbs: Crumb[]): JsonLd => ({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.name,
    item: absoluteUrl(crumb.path),
  })),
})

export const websiteJsonLd = (): JsonLd => ({
  '@context': 'https://schema.org',
  '@type': 'WebSite',
  name: SITE_NAME,
  url: absoluteUrl(routes.home()),
  inLanguage: 'fr-FR',
  potentialAction: {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(routes.search())}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  },
})

const publisher = (): JsonLd => ({ '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(routes.home()) })

/**
 * Occupation. Our salary is a monthly gross range (min, max) with an average. schema.org's
 * MonetaryAmountDistribution only knows percentiles and a median, and an average is neither,
 * so we use a MonetaryAmount whose QuantitativeValue carries the range (minValue, maxValue)
 * and the average as its typical `value`, with unitText MONTH for the monthly duration.
 */
export const careerJsonLd = (career: Career): JsonLd => {
  const { salary } = career
  const image = imageUrl(careerAppearance(career).image)
  const hasRange = typeof salary?.min === 'number' && typeof salary?.max === 'number'
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    // The occupation's name is its title; the SEO description and image, when filled, speak
    // for the page here as in its meta tags.
    name: career.title,
    description: careerAppearance(career).description,
    url: absoluteUrl(routes.career(career.slug ?? '')),
    inLanguage: 'fr-FR',
    ...(career.skills?.length ? { skills: career.skills.map((item) => item.skill) } : {}),
    ...(career.missions?.length ? { responsibilities: career.missions.map((item) => item.mission) } : {}),
    ...(career.educationLevel
      ? {
          educationRequirements: {
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: educationLevelLabel(career.educationLevel),
          },
        }
      : {}),
    ...(career.romeCodes?.length
      ? {
          occupationalCategory: career.romeCodes.map((code) => ({
            '@type': 'CategoryCode',
            codeValue: code,
            inCodeSet: { '@type': 'CategoryCodeSet', name: 'ROME (France Travail)' },
          })),
        }
      : {}),
    ...(hasRange
      ? {
          estimatedSalary: {
            '@type': 'MonetaryAmount',
            currency: 'EUR',
            name: 'Salaire brut mensuel',
            value: {
              '@type': 'QuantitativeValue',
              minValue: salary!.min,
              maxValue: salary!.max,
              ...(typeof salary!.average === 'number' ? { value: salary!.average } : {}),
              unitText: 'MONTH',
            },
          },
        }
      : {}),
    occupationLocation: [{ '@type': 'Country', name: 'France' }],
    ...(image ? { image } : {}),
    ...(career.contentUpdatedAt ? { dateModified: career.contentUpdatedAt } : {}),
  }
}

/** NewsArticle; dates are the stored UTC instants, ISO 8601 with their offset (Z). */
export const newsArticleJsonLd = (post: News): JsonLd => {
  const appearance = newsAppearance(post)
  const image = imageUrl(appearance.image)
  const url = absoluteUrl(routes.newsPost(post.slug ?? ''))
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: post.title,
    description: appearance.description,
    url,
    mainEntityOfPage: url,
    inLanguage: 'fr-FR',
    ...(post.publishedAt ? { datePublished: post.publishedAt } : {}),
    dateModified: post.contentUpdatedAt || post.publishedAt,
    // A person who signs, or the newsroom (an organisation) for a post nobody signs.
    author: post.byline ? { '@type': 'Person', name: post.byline } : publisher(),
    publisher: publisher(),
    ...(image ? { image: [image] } : {}),
  }
}
