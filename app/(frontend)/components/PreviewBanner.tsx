import { routes } from '@/payload/routes'
import { LivePreviewRefresh } from './LivePreviewRefresh'

/** Shown above a page rendered from a draft: says so, and leaves the preview in one click. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <section className="preview-banner" aria-label="Aperçu du brouillon">
      <p>
        <strong>Aperçu du brouillon</strong> : cette version n’est pas publiée, les visiteurs ne la voient pas.
      </p>
      <a href={routes.exitPreview(path)} className="preview-banner__exit">
        Quitter l’aperçu
      </a>
      <LivePreviewRefresh />
    </section>
  )
}
