import { createHmac } from 'node:crypto'

import { routes } from '@/payload/routes'

export const PREVIEWABLE = ['careers', 'news'] as const
type Previewable = (typeof PREVIEWABLE)[number]

export const isPreviewable = (value: unknown): value is Previewable => PREVIEWABLE.includes(value as Previewable)

/**
 * The preview route's secret, derived from PAYLOAD_SECRET so a deployment has nothing more to
 * configure. It only proves the link came from the admin; the route also requires a staff
 * session, so a leaked link shows nothing to anyone else.
 */
export const previewToken = (): string =>
  createHmac('sha256', process.env.PAYLOAD_SECRET || '').update('reperes:preview').digest('base64url')

/** The public page a document will live at. */
export const publicPath = (collection: Previewable, slug: string): string =>
  routes.document(collection === 'careers' ? 'career' : 'news', slug)

/** The admin's "Aperçu" link and live-preview frame: through /apercu, which enables draft mode. */
export const previewUrl = (collection: Previewable, slug: string | null | undefined): string | null => {
  if (!slug) return null
  const query = new URLSearchParams({ collection, slug, token: previewToken() })
  return `${routes.preview()}?${query}`
}
