'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useState } from 'react'

import type { OnisepImport } from '@/payload-types'
import { formatParisDateTime } from '@/payload/admin/parisTime'
import { editionLabel } from '@/payload/careers/citedSources'
import { IMPORT_STATUS_LABELS, type ImportStatus, isFinished } from '@/payload/onisep/importStatus'
import type { KeptReport } from '@/payload/onisep/recordedImport'
import { FIELD_LABELS } from '@/payload/onisep/summary'
import { countOf } from '@/payload/text/countOf'

// As the API gives it at depth 0; the report as the run keeps it (recordedImport.ts).
type ImportDoc = Pick<OnisepImport, 'source' | 'publish' | 'processed' | 'total' | 'edition' | 'error' | 'createdAt' | 'updatedAt' | 'startedAt' | 'finishedAt'> & {
  status: ImportStatus
  report?: KeptReport | null
}

// While a run goes on its record is read again this often; it writes its progress every second.
const POLL_MS = 1500
// Beyond these, the page says something may be wrong rather than waiting in silence.
const QUEUED_TOO_LONG_MS = 60_000
const STILL_TOO_LONG_MS = 3 * 60_000

const fieldNames = (fields: string[]) => fields.map((field) => FIELD_LABELS[field] ?? field).join(', ')

const citedDate = (edition: string | null | undefined) => (edition ? editionLabel(edition) : 'date inconnue')

/**
 * In an ONISEP import's page: its progress while it runs (read again every 1.5 s), then its
 * report: the counts, and each list in a section of its own, with links to the careers. Read
 * from the API, not the form: the report's lists are too long for the form state.
 */
export function OnisepImportReport() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [doc, setDoc] = useState<ImportDoc | null>(null)
  // Why the page stopped or failed reading the import: a retry on a server that does not answer, none on a refusal.
  const [problem, setProblem] = useState<'unreachable' | 'gone' | 'signedOut' | null>(null)
  const url = id ? `${config.serverURL}${config.routes.api}/onisep-imports/${id}?depth=0` : null

  useEffect(() => {
    if (!url) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = async () => {
      try {
        const response = await fetch(url, { credentials: 'include' })
        if (stopped) return
        // Deleted, or the session is over: asking again would not change the answer.
        if (response.status === 404) return setProblem('gone')
        if (response.status === 401 || response.status === 403) return setProblem('signedOut')
        if (!response.ok) throw new Error(String(response.status))
        const next = (await response.json()) as ImportDoc
        if (stopped) return
        setDoc(next)
        setProblem(null)
        if (!isFinished(next.status)) timer = setTimeout(load, POLL_MS)
      } catch {
        if (stopped) return
        setProblem('unreachable')
        timer = setTimeout(load, POLL_MS * 4)
      }
    }
    void load()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [url])

  if (!id)
    return (
      <div className="onisep-report">
        <p>
          Choisissez le fichier JSON d’Idéo-Métiers, puis « Enregistrer » : le fichier est vérifié aussitôt (rien n’est écrit s’il n’est pas au bon format), l’import démarre dans les
          secondes qui suivent et son avancement s’affiche sur cette page. Vous pouvez la quitter : l’import continue, et son rapport reste ici.
        </p>
      </div>
    )
  const problemText =
    problem === 'gone'
      ? 'Cet import n’existe plus (il a été supprimé).'
      : problem === 'signedOut'
        ? 'Votre session a pris fin : reconnectez-vous pour suivre l’import (il continue sans vous).'
        : problem === 'unreachable'
          ? 'Le serveur ne répond pas pour l’instant : nouvel essai dans quelques secondes.'
          : null
  if (!doc)
    return (
      <div className="onisep-report" aria-busy={!problem}>
        <p role="status">{problemText ?? 'Chargement de l’état de l’import…'}</p>
      </div>
    )

  const careerUrl = (careerId: number) => formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/careers/${careerId}` })
  const { status, report } = doc
  const total = doc.total ?? 0
  const processed = Math.min(doc.processed ?? 0, total)
  const idleFor = Date.now() - new Date(doc.updatedAt).getTime()

  return (
    <div className="onisep-report">
      <h2 className="onisep-report__title">{status === 'done' || status === 'interrupted' ? 'Rapport de l’import' : 'Avancement'}</h2>
      {/* Read out when the state changes, not at every figure. */}
      <p role="status" className={`onisep-report__status onisep-report__status--${status}`}>
        {IMPORT_STATUS_LABELS[status]}
        {status === 'queued' && ' : l’import démarre dans quelques secondes.'}
        {status === 'running' && ' : les pages changées seront rafraîchies une fois, à la fin.'}
        {status === 'interrupted' && ` après ${countOf(processed, 'enregistrement', 'enregistrements')} sur ${total.toLocaleString('fr-FR')} : importez le même fichier à nouveau pour finir, rien ne sera fait deux fois.`}
      </p>
      {!report && (
        <p className="onisep-report__facts">
          Données citées : Onisep, Idéo-Métiers, {citedDate(doc.edition)}. Nouvelles fiches : {doc.publish ? 'publiées aussitôt' : 'en brouillon'}.
        </p>
      )}
      {/* Present from the first render, so that what appears in it is read out. */}
      <div role="status" className="onisep-report__alerts">
        {problemText && <p className="onisep-report__warning">{problemText}</p>}
        {status === 'queued' && idleFor > QUEUED_TOO_LONG_MS && (
          <p className="onisep-report__warning">
            {doc.source === 'cli' ? (
              'Toujours en attente de la commande qui l’a lancé : si elle a été arrêtée, relancez-la avec le même fichier.'
            ) : (
              <>
                Toujours en attente : la file des tâches ne semble pas tourner sur ce serveur (<code>npm start</code> la lance ; ailleurs, une tâche planifiée appelle{' '}
                <code>/api/payload-jobs/run?queue=onisep</code>). Supprimer cet import l’annule.
              </>
            )}
          </p>
        )}
        {status === 'running' && idleFor > STILL_TOO_LONG_MS && (
          <p className="onisep-report__warning">
            Aucune progression depuis {Math.round(idleFor / 60_000)} minutes :{' '}
            {doc.source === 'cli'
              ? 'la commande a peut-être été arrêtée ; relancez-la avec le même fichier : ce qui est fait ne sera pas refait.'
              : 'le serveur a peut-être redémarré ; la file des tâches reprendra l’import à son prochain passage.'}{' '}
            Un nouvel import est accepté dès que celui-ci n’a plus rien derrière lui.
          </p>
        )}
      </div>
      {status === 'running' && (
        <>
          <label className="onisep-report__progress">
            <span>
              {processed.toLocaleString('fr-FR')} sur {countOf(total, 'enregistrement traité', 'enregistrements traités')}
            </span>
            <progress max={total || 1} value={processed} />
          </label>
        </>
      )}
      {(status === 'refused' || status === 'failed') && (
        <p className="onisep-report__warning">
          {status === 'refused' ? 'Rien n’a été écrit : ' : 'Ce qui a été enregistré avant l’erreur est gardé ; importez le même fichier à nouveau pour finir : '}
          {doc.error}
        </p>
      )}
      {report && (
        <>
          <dl className="onisep-report__counts">
            <Count
              label="Fiches créées"
              value={report.created.length}
              hint={report.created.length ? (doc.publish ? 'publiées, sauf les intitulés à scinder' : 'en brouillon') : undefined}
            />
            <Count label="Rattachées à une fiche de l’équipe" value={report.linked.length} />
            <Count label="Mises à jour" value={report.updated.length} />
            <Count label="Inchangées" value={report.unchanged} />
            <Count label="Enregistrements ignorés" value={report.skipped.length} />
            <Count label="Absentes du fichier" value={report.missing.length} />
          </dl>
          {report.resumed && (
            <p className="onisep-report__warning">
              Import repris après un arrêt du serveur : les fiches enregistrées avant l’arrêt sont comptées ici comme inchangées.
            </p>
          )}
          <p className="onisep-report__facts">
            Données citées : Onisep, Idéo-Métiers, {citedDate(report.edition)}. Durée : {report.seconds.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s
            {doc.finishedAt ? `, terminé le ${formatParisDateTime(doc.finishedAt)}` : ''}.{' '}
            {report.pagesExpired === 0
              ? 'Rien de visible par les visiteurs n’a changé.'
              : report.cache === 'expired'
                ? 'Les pages du site concernées sont rafraîchies.'
                : report.cache === 'failed'
                  ? 'Le rafraîchissement des pages a échoué : voir la file des tâches.'
                  : 'Le rafraîchissement des pages attend le serveur.'}
          </p>
          <Listing title="Enregistrements ignorés" items={report.skipped} open>
            {(item) => `n° ${item.position}${item.identifier ? ` (${item.identifier})` : ''} : ${item.reason}`}
          </Listing>
          <Listing title="Intitulés à scinder en masculin et féminin" hint="Gardés tels quels : les deux formes ne se lisaient pas sûrement." items={report.doubtfulTitles} open>
            {(item) => <a href={careerUrl(item.id)}>{`${item.title} (${item.identifier})`}</a>}
          </Listing>
          <Listing title="Modifications de l’équipe conservées" hint="L’Onisep propose autre chose pour ces champs ; la fiche garde ce que l’équipe a écrit." items={report.keptEdits}>
            {(item) => (
              <>
                <a href={careerUrl(item.id)}>{item.title}</a> ({item.identifier}) : {fieldNames(item.fields)}
              </>
            )}
          </Listing>
          <Listing title="Absentes de ce fichier" hint="Importées auparavant, conservées : à vérifier." items={report.missing}>
            {(item) => <a href={careerUrl(item.id)}>{`${item.title} (${item.identifier})`}</a>}
          </Listing>
          <Listing title="Fiches créées" items={report.created}>
            {(item) => <a href={careerUrl(item.id)}>{`${item.title} (${item.identifier})`}</a>}
          </Listing>
          <Listing title="Rattachées à une fiche de l’équipe" hint="Leurs textes gardés ; les champs vides complétés dans un brouillon à relire." items={report.linked}>
            {(item) => <a href={careerUrl(item.id)}>{`${item.title} (${item.identifier})`}</a>}
          </Listing>
          <Listing title="Mises à jour" items={report.updated}>
            {(item) => (
              <>
                <a href={careerUrl(item.id)}>{item.title}</a> ({item.identifier}) : {fieldNames(item.fields)}
              </>
            )}
          </Listing>
          <Listing title="Secteurs créés" hint="Visibles sur le site dès qu’une fiche publiée y figure." items={report.sectorsCreated}>
            {(item) => item}
          </Listing>
        </>
      )}
    </div>
  )
}

function Count({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <div className="onisep-report__count">
      <dt>{label}</dt>
      <dd>
        {value.toLocaleString('fr-FR')}
        {hint && <span className="onisep-report__hint"> ({hint})</span>}
      </dd>
    </div>
  )
}

/** A list of the report, folded unless `open`; nothing when empty. */
function Listing<T>({ title, hint, items, open, children }: { title: string; hint?: string; items: T[]; open?: boolean; children: (item: T) => React.ReactNode }) {
  if (!items.length) return null
  return (
    <details className="onisep-report__list" open={open}>
      <summary>
        {title} ({items.length.toLocaleString('fr-FR')})
      </summary>
      {hint && <p className="onisep-report__hint">{hint}</p>}
      <ul>
        {items.map((item, index) => (
          <li key={index}>{children(item)}</li>
        ))}
      </ul>
    </details>
  )
}
