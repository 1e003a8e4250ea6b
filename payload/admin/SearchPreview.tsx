'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { slugify } from '@/payload/fields/slugify'
import { NBSP } from '@/payload/i18n/typography'
import { routes } from '@/payload/routes'
import {
  SEARCH_LIMITS,
  SITE_NAME,
  TITLE_SUFFIX,
  careerAppearance,
  characterCount,
  documentTitle,
  newsAppearance,
  truncateForResult,
} from '@/payload/seo/searchAppearance'

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * The page as a search result, live while the editor types: the same rules as the page's
 * <title> and description (searchAppearance.ts), the meta fields when filled, the title and
 * chapô otherwise; cut where search engines cut, with the counts that decide it.
 */
export function SearchPreview({ siteUrl }: { siteUrl?: string }) {
  const { collectionSlug } = useDocumentInfo()
  const values = useFormFields(([fields]) => ({
    title: text(fields.title?.value),
    excerpt: text(fields.excerpt?.value),
    summary: text(fields.summary?.value),
    slug: text(fields.slug?.value),
    metaTitle: text(fields['meta.title']?.value),
    metaDescription: text(fields['meta.description']?.value),
  }))
  const meta = { title: values.metaTitle, description: values.metaDescription }
  const appearance =
    collectionSlug === 'careers'
      ? careerAppearance({ title: values.title, summary: values.summary, meta })
      : newsAppearance({ title: values.title, excerpt: values.excerpt, meta })
  const slug = values.slug.trim() || slugify(values.title)
  const path = collectionSlug === 'careers' ? routes.career(slug) : routes.newsPost(slug)
  // The public site's address (SITE_URL, given by the server), not the admin's host.
  const origin = siteUrl ?? ''
  const fullTitle = documentTitle(appearance)
  const titleCount = characterCount(fullTitle)
  const descriptionCount = characterCount(appearance.description)
  const verdict = (count: number, { min, max }: { min: number; max: number }) =>
    count > max ? `${count - max} de trop, la fin sera coupée` : count < min ? `un peu court (${min} à ${max} conseillés)` : 'bonne longueur'

  return (
    <section className="search-preview" aria-labelledby="search-preview-title">
      <h3 id="search-preview-title" className="search-preview__heading">
        Aperçu dans un résultat de recherche
      </h3>
      <p className="search-preview__hint">
        À peu près ce qu’affichent les moteurs de recherche{NBSP}; la mise en page exacte varie selon le moteur et l’écran.
      </p>
      <div className="search-preview__result" data-testid="search-preview">
        <p className="search-preview__site">
          <span className="search-preview__name">{SITE_NAME}</span>
          <span className="search-preview__url">{`${origin}${path}`}</span>
        </p>
        <p className="search-preview__title">{fullTitle ? truncateForResult(fullTitle, SEARCH_LIMITS.title.max) : 'Titre à écrire'}</p>
        <p className="search-preview__description">
          {appearance.description ? truncateForResult(appearance.description, SEARCH_LIMITS.description.max) : 'Chapô à écrire'}
        </p>
      </div>
      <ul className="search-preview__counts">
        <li>
          Titre{NBSP}: {titleCount}/{SEARCH_LIMITS.title.max} caractères, {verdict(titleCount, SEARCH_LIMITS.title)}
          {appearance.absolute ? ' (titre pour les moteurs de recherche)' : ` (titre de la page, avec «${NBSP}${TITLE_SUFFIX.trim()}${NBSP}»)`}.
        </li>
        <li>
          Description{NBSP}: {descriptionCount}/{SEARCH_LIMITS.description.max} caractères, {verdict(descriptionCount, SEARCH_LIMITS.description)}
          {values.metaDescription.trim() ? ' (description pour les moteurs de recherche)' : ` (${collectionSlug === 'careers' ? 'résumé' : 'chapô'})`}.
        </li>
      </ul>
    </section>
  )
}
