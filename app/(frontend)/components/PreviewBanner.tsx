import { routes } from '@/payload/routes'
import { LivePreviewRefresh } from './LivePreviewRefresh'

/**
 * Shown above a page in preview: says whether what it shows is an unpublished draft or the
 * version online (a published document without newer changes), and leaves the preview in one
 * click.
 */
export function PreviewBanner({ path, status }: { path: string; status: 'draft' | 'published' | null | undefined }) {
  const title = status === 'published' ? 'Aperçu de la version publiée' : 'Aperçu du brouillon'
  return (
    <section className="preview-banner" aria-label={title}>
      <p>
        <strong>{title}</strong>
        {status === 'published'
          ? '\u00a0: aucune modification en attente, les visiteurs voient cette version.'
          : '\u00a0: cette version n’est pas publiée, les visiteurs ne la voient pas.'}
      </p>
      <a href={routes.exitPreview(path)} className="preview-banner__exit">
        Quitter l’aperçu
      </a>
      <LivePreviewRefresh />
    </section>
  )
}
