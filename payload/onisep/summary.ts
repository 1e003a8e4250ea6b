import type { ImportReport } from './importCareers'
import type { ImportOutcome } from './runImport'

const SHOWN = 20

// The career fields the report names, as the admin labels them (also read by the admin's report, payload/admin/OnisepImportReport.tsx).
export const FIELD_LABELS: Record<string, string> = { title: 'intitulé', feminineTitle: 'intitulé au féminin', romeCodes: 'codes ROME', sectors: 'secteurs', onisep: 'encadré Onisep' }
const fields = (names: string[]) => names.map((name) => FIELD_LABELS[name] ?? name).join(', ')

const listed = <T>(items: T[], line: (item: T) => string) => [
  ...items.slice(0, SHOWN).map((item) => `  - ${line(item)}`),
  ...(items.length > SHOWN ? [`  - … et ${items.length - SHOWN} autres`] : []),
]

/** The run's counts in one line, as the command line prints it and the admin's list of imports shows it. */
export const countsLine = (report: Pick<ImportReport, 'created' | 'linked' | 'updated' | 'unchanged' | 'skipped' | 'missing'>): string =>
  `Fiches créées : ${report.created.length} · rattachées à une fiche de l’équipe : ${report.linked.length} · mises à jour : ${report.updated.length} · inchangées : ${report.unchanged} · enregistrements ignorés : ${report.skipped.length} · fiches absentes du fichier : ${report.missing.length}`

/** The report as the command line prints it, in French: counts, then the first cases of each kind. */
export const summaryLines = ({ report, edition, seconds, cache }: ImportOutcome): string[] => [
  report.interrupted
    ? `Import Onisep interrompu après ${report.interrupted.done} enregistrements sur ${report.interrupted.total} (${seconds.toFixed(1)} s) : relancez le même fichier pour finir, rien ne sera fait deux fois.`
    : `Import Onisep terminé en ${seconds.toFixed(1)} s (données : ${edition ?? 'date inconnue'}).`,
  countsLine(report),
  ...(report.sectorsCreated.length ? [`Secteurs créés (visibles dès qu’une fiche publiée y figure) : ${report.sectorsCreated.map((title) => `« ${title} »`).join(', ')}`] : []),
  ...(report.skipped.length ? ['Enregistrements ignorés :', ...listed(report.skipped, (s) => `n° ${s.position}${s.identifier ? ` (${s.identifier})` : ''} : ${s.reason}`)] : []),
  ...(report.doubtfulTitles.length
    ? ['Intitulés gardés tels quels, à scinder en masculin et féminin dans l’admin (les deux formes ne se lisent pas sûrement) :', ...listed(report.doubtfulTitles, (c) => `${c.title} (${c.identifier}), /admin/collections/careers/${c.id}`)]
    : []),
  ...(report.linked.length ? ['Fiches de l’équipe rattachées à leur fiche Onisep (leurs textes gardés ; les champs vides complétés dans un brouillon à relire) :', ...listed(report.linked, (c) => `${c.title} (${c.identifier})`)] : []),
  ...(report.keptEdits.length
    ? ['Modifications de l’équipe conservées (l’Onisep propose autre chose) :', ...listed(report.keptEdits, (c) => `${c.title} (${c.identifier}) : ${fields(c.fields)}`)]
    : []),
  ...(report.missing.length
    ? ['Fiches importées auparavant et absentes de ce fichier (conservées, à vérifier) :', ...listed(report.missing, (c) => `${c.title} (${c.identifier}), /admin/collections/careers/${c.id}`)]
    : []),
  !report.tags.length
    ? 'Rien de visible par les visiteurs n’a changé : aucune page à rafraîchir.'
    : cache === 'expired'
      ? `Pages du site rafraîchies (${report.tags.length} étiquettes de cache).`
      : cache === 'failed'
        ? 'Le serveur n’a pas réussi à rafraîchir les pages : la tâche « Rafraîchir les pages en cache » est en erreur dans la file des tâches ; redémarrez le serveur ou relancez l’import.'
        : 'Aucun serveur n’a encore pris la demande de rafraîchir les pages : elle reste en file, et le prochain serveur démarré la traitera (sans serveur, rien n’est en cache).',
]
