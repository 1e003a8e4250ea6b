// schema.org JSON-LD builders: plain data in, plain objects out, absolute URLs throughout.
import type { Career, Media, News } from '@/payload-types'
import { careerSources } from '@/payload/careers/citedSources'
import { sourcedPayRanges } from '@/payload/careers/pay'
import { alternateTitles } from '@/payload/careers/titles'
import { webAddress } from '@/payload/careers/webAddress'
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

/** One training's credential, its level and official sheet when known. */
const credential = (name: string, level?: string | null, url?: string | null): JsonLd => ({
  '@type': 'EducationalOccupationalCredential',
  name,
  ...(educationLevelLabel(level) ? { educationalLevel: educationLevelLabel(level) } : {}),
  ...(webAddress(url) ? { url: webAddress(url) } : {}),
})

type Training = NonNullable<NonNullable<Career['accessRoutes']>[number]['trainings']>[number]

/** Each training once (several routes often share one), with the level and sheet any of them gives. */
const oncePerTitle = (trainings: Training[]) => {
  const byTitle = new Map<string, Training>()
  for (const training of trainings) {
    // A draft's row may have no title yet: nothing to name.
    const key = (training.title ?? '').trim().toLocaleLowerCase('fr')
    if (!key) continue
    const known = byTitle.get(key)
    if (!known) byTitle.set(key, { ...training })
    else {
      known.level ??= training.level
      if (!webAddress(known.officialUrl)) known.officialUrl = training.officialUrl
    }
  }
  return [...byTitle.values()]
}

/**
 * Occupation, with what schema.org has a property for: other titles (`alternateName`), skills,
 * missions (`responsibilities`), the minimum level and every training of the access routes
 * (`educationRequirements`), the ROME codes, and one `estimatedSalary` per sourced pay range.
 * Working conditions and interests have no property and stay on the page. Pay is a monthly
 * gross range with an average: MonetaryAmountDistribution only knows percentiles and a median,
 * and an average is neither, so each range is a MonetaryAmount whose QuantitativeValue carries
 * minValue/maxValue and the average as its typical `value`, unitText MONTH; its description
 * names the source. The page's sources are the WebPage's `citation`.
 */
export const careerJsonLd = (career: Career): JsonLd => {
  const image = imageUrl(careerAppearance(career).image)
  const url = absoluteUrl(routes.career(career.slug ?? ''))
  const alternateName = alternateTitles(career)
  const trainings = (career.accessRoutes ?? []).flatMap((route) => route.trainings ?? [])
  const credentials = [
    ...(career.educationLevel ? [{ '@type': 'EducationalOccupationalCredential', credentialCategory: educationLevelLabel(career.educationLevel) }] : []),
    ...oncePerTitle(trainings).map((training) => credential(training.title, training.level, training.officialUrl)),
  ]
  const salaries = sourcedPayRanges(career.pay).map(({ label, range }) => ({
    '@type': 'MonetaryAmount',
    currency: 'EUR',
    name: `Salaire brut mensuel, ${label.toLocaleLowerCase('fr')}`,
    description: `Source\u00a0: ${range.source}, ${range.year}`,
    value: {
      '@type': 'QuantitativeValue',
      ...(typeof range.min === 'number' ? { minValue: range.min } : {}),
      ...(typeof range.max === 'number' ? { maxValue: range.max } : {}),
      ...(typeof range.average === 'number' ? { value: range.average } : {}),
      unitText: 'MONTH',
    },
  }))
  const citations = careerSources(career).map((source) => ({
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.year ? { datePublished: String(source.year) } : {}),
    ...(source.licence ? { license: source.licence.url } : {}),
    ...(webAddress(source.url) ? { url: webAddress(source.url) } : {}),
  }))
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    // The occupation's name is its title; the SEO description and image, when filled, speak
    // for the page here as in its meta tags.
    name: career.title,
    ...(alternateName.length ? { alternateName } : {}),
    description: careerAppearance(career).description,
    url,
    inLanguage: 'fr-FR',
    ...(career.skills?.length ? { skills: career.skills.map((item) => item.skill) } : {}),
    ...(career.missions?.length ? { responsibilities: career.missions.map((item) => item.mission) } : {}),
    ...(credentials.length ? { educationRequirements: credentials } : {}),
    ...(career.romeCodes?.length
      ? {
          occupationalCategory: career.romeCodes.map((code) => ({
            '@type': 'CategoryCode',
            codeValue: code,
            inCodeSet: { '@type': 'CategoryCodeSet', name: 'ROME (France Travail)' },
          })),
        }
      : {}),
    ...(salaries.length ? { estimatedSalary: salaries } : {}),
    occupationLocation: [{ '@type': 'Country', name: 'France' }],
    ...(image ? { image } : {}),
    ...(career.contentUpdatedAt ? { dateModified: career.contentUpdatedAt } : {}),
    ...(citations.length ? { mainEntityOfPage: { '@type': 'WebPage', '@id': url, citation: citations } } : {}),
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
