'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import { NBSP } from '@/payload/i18n/typography'
import { SEARCH_LIMITS, TITLE_SUFFIX, careerAppearance, characterCount, documentTitle, newsAppearance } from '@/payload/seo/searchAppearance'

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * Under the title and the chapô: how many characters they hold, and how many of them a search
 * result shows (SEARCH_LIMITS) when the SEO fields leave the page's title and description to
 * them. Counted as the page will say it (searchAppearance.ts), the site's suffix included.
 */
export function CharacterCount({ kind }: { kind: 'title' | 'description' }) {
  const { collectionSlug } = useDocumentInfo()
  const values = useFormFields(([fields]) => ({
    title: text(fields.title?.value),
    excerpt: text(fields.excerpt?.value),
    summary: text(fields.summary?.value),
    metaTitle: text(fields['meta.title']?.value),
    metaDescription: text(fields['meta.description']?.value),
  }))
  const own = kind === 'title' ? values.title : collectionSlug === 'careers' ? values.summary : values.excerpt
  const meta = { title: values.metaTitle, description: values.metaDescription }
  const appearance =
    collectionSlug === 'careers'
      ? careerAppearance({ title: values.title, summary: values.summary, meta })
      : newsAppearance({ title: values.title, excerpt: values.excerpt, meta })
  const limit = SEARCH_LIMITS[kind].max
  const overridden = kind === 'title' ? values.metaTitle.trim() : values.metaDescription.trim()
  const shown = kind === 'title' ? characterCount(documentTitle(appearance)) : characterCount(appearance.description)
  const count = characterCount(own)
  let search: string
  if (overridden) search = `les résultats de recherche montrent le ${kind === 'title' ? 'titre' : 'texte'} écrit pour eux, dans «${NBSP}Référencement${NBSP}».`
  else if (kind === 'title')
    search = `dans un résultat de recherche, ${shown}/${limit} avec «${NBSP}${TITLE_SUFFIX.trim()}${NBSP}»${shown > limit ? `${NBSP}: ${shown - limit} de trop, la fin sera coupée` : ''}.`
  else search = `un résultat de recherche en montre ${limit} environ${shown > limit ? `${NBSP}: la suite sera coupée` : ''}.`
  return (
    <p className={`character-count${!overridden && shown > limit ? ' character-count--over' : ''}`} data-testid={`character-count-${kind}`}>
      {count} caractère{count > 1 ? 's' : ''}{NBSP}; {search}
    </p>
  )
}
