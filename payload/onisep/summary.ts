import type { ImportOutcome } from './runImport'

const SHOWN = 20

const listed = <T>(items: T[], line: (item: T) => string) => [
  ...items.slice(0, SHOWN).map((item) => `  - ${line(item)}`),
  ...(items.length > SHOWN ? [`  - … et ${items.length - SHOWN} autres`] : []),
]

/** The report as the command line prints it, in French: counts, then the first cases of each kind. */
export const summaryLines = ({ report, edition, seconds, cacheExpired }: ImportOutcome): string[] => [
  `Import Onisep terminé en ${seconds.toFixed(1)} s (données : ${edition ?? 'date inconnue'}).`,
  `Créés : ${report.created.length} · rattachés à une fiche existante : ${report.linked.length} · mis à jour : ${report.updated.length} · inchangés : ${report.unchanged} · ignorés : ${report.skipped.length} · absents du fichier : ${report.missing.length}`,
  ...(report.sectorsCreated.length ? [`Secteurs créés (visibles dès qu’une fiche publiée y figure) : ${report.sectorsCreated.map((title) => `« ${title} »`).join(', ')}`] : []),
  ...(report.skipped.length ? ['Enregistrements ignorés :', ...listed(report.skipped, (s) => `n° ${s.position}${s.identifier ? ` (${s.identifier})` : ''} : ${s.reason}`)] : []),
  ...(report.linked.length ? ['Fiches de l’équipe rattachées à leur fiche Onisep (leurs textes gardés) :', ...listed(report.linked, (c) => `${c.title} (${c.identifier})`)] : []),
  ...(report.keptEdits.length
    ? ['Modifications de l’équipe conservées (l’Onisep propose autre chose) :', ...listed(report.keptEdits, (c) => `${c.title} (${c.identifier}) : ${c.fields.join(', ')}`)]
    : []),
  ...(report.missing.length
    ? ['Fiches importées auparavant et absentes de ce fichier (conservées, à vérifier) :', ...listed(report.missing, (c) => `${c.title} (${c.identifier}), /admin/collections/careers/${c.id}`)]
    : []),
  !report.tags.length
    ? 'Rien de visible par les visiteurs n’a changé : aucune page à rafraîchir.'
    : cacheExpired
      ? `Pages du site rafraîchies (${report.tags.length} étiquettes de cache).`
      : 'Aucun serveur n’a encore pris la demande de rafraîchir les pages : elle reste en file, et le prochain serveur démarré la traitera (sans serveur, rien n’est en cache).',
]
