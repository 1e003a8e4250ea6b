import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Config, Field, Plugin } from 'payload'

import { absoluteUrl, routes, siteUrl } from '@/payload/routes'

import { TITLE_SUFFIX, careerPage, newsPage } from './searchAppearance'

const SEO_COLLECTIONS = ['careers', 'news'] as const

type Doc = { title?: string | null; excerpt?: string | null; summary?: string | null; heroImage?: unknown; slug?: string | null }

/**
 * Payload's SEO plugin on careers and news: a `meta` group (title, description, image) with its
 * length counters, checks and "Auto-générer" buttons. Its search-result preview is ours
 * (payload/admin/SearchPreview.tsx): the plugin's shows only the meta fields, blank when they
 * are left empty, where the page then uses the title and chapô (searchAppearance.ts).
 */
const plugin = seoPlugin({
  collections: [...SEO_COLLECTIONS],
  uploadsCollection: 'media',
  // "Reprendre de la page": the page's own words (never the SEO field it fills), the title with
  // the site's name, since an SEO title stands alone in <title>.
  generateTitle: ({ doc, collectionSlug }) => {
    const { title } = collectionSlug === 'careers' ? careerPage(doc as Doc) : newsPage(doc as Doc)
    return title ? `${title}${TITLE_SUFFIX}` : ''
  },
  generateDescription: ({ doc, collectionSlug }) => (collectionSlug === 'careers' ? careerPage(doc as Doc) : newsPage(doc as Doc)).description,
  generateImage: ({ doc }) => ((doc as Doc).heroImage as number | { id: number } | null) ?? '',
  generateURL: ({ doc, collectionSlug }) =>
    absoluteUrl(collectionSlug === 'careers' ? routes.career((doc as Doc).slug ?? '') : routes.newsPost((doc as Doc).slug ?? '')),
  // Without the plugin's overview ("0/3 vérifications réussies"): it counts empty fields as
  // missing, where empty means "the title and chapô speak for the page".
  fields: ({ defaultFields }) =>
    defaultFields.filter((field) => !('name' in field) || field.name !== 'overview').map((field): Field => {
      if (!('name' in field)) return field
      // No min/maxLength: the plugin's counters read them as the advised bounds (SEARCH_LIMITS, its defaults).
      if (field.name === 'title') return { ...field, label: 'Titre pour les moteurs de recherche, complet (vide : le titre de la page, suivi de « — Repères »)' } as Field
      if (field.name === 'description') return { ...field, label: 'Description pour les moteurs de recherche (vide : le chapô)' } as Field
      if (field.name === 'image') return { ...field, label: 'Image de partage (vide : l’image principale)' } as Field
      if (field.name === 'preview')
        return {
          ...field,
          label: 'Aperçu dans un résultat de recherche',
          admin: {
            ...field.admin,
            disableListColumn: true,
            components: { Field: { path: '/payload/admin/SearchPreview#SearchPreview', clientProps: { siteUrl: siteUrl() } } },
          },
        } as Field
      return field
    }),
})

/** The plugin, with its group named in French ("SEO" for editors who do not speak jargon). */
export const searchEngineFields: Plugin = async (config: Config) => {
  const withSeo = await plugin(config)
  return {
    ...withSeo,
    collections: withSeo.collections?.map((collection) =>
      SEO_COLLECTIONS.includes(collection.slug as never)
        ? {
            ...collection,
            fields: collection.fields.map((field) =>
              'name' in field && field.name === 'meta' && field.type === 'group'
                ? { ...field, label: 'Référencement (résultats de recherche)' }
                : field,
            ),
          }
        : collection,
    ),
  }
}
