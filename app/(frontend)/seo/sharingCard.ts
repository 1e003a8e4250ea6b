import { routes } from '@/payload/routes'

/** The site's sharing card (app/(frontend)/carte-de-partage.png): Open Graph's recommended 1200×630. */
export const DEFAULT_SHARING_CARD = {
  path: routes.sharingCard(),
  width: 1200,
  height: 630,
  type: 'image/png',
  alt: 'Repères — les métiers et l’actualité de l’orientation',
} as const
