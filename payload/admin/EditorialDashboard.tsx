import type { Payload } from 'payload'

import type { Career, News, PayloadJob } from '@/payload-types'
import { NBSP } from '@/payload/i18n/typography'
import { REVIEW_STATE_LABELS, REVIEW_STATES, type ReviewState } from '@/payload/review/states'

import { formatParisDateTime } from './parisTime'

type Editorial = 'careers' | 'news'
type Doc = Pick<Career | News, 'id' | 'title' | '_status' | 'updatedAt' | 'reviewState' | 'review' | 'editedByName'>

const LABELS: Record<Editorial, string> = { careers: 'Fiche métier', news: 'Actualité' }
const editUrl = (collection: Editorial, id: number | string) => `/admin/collections/${collection}/${id}`
const versionsUrl = (collection: Editorial, id: number | string) => `${editUrl(collection, id)}/versions`
/** The list filtered on one review state (Payload's list reads `where` from the address). */
const stateListUrl = (collection: Editorial, state: ReviewState) => `/admin/collections/${collection}?where[reviewState][equals]=${state}`
// A draft saved before its title was typed: its link needs words, as Payload's header says.
const shownTitle = (title: string | null | undefined) => title?.trim() || 'Sans titre'

const scheduledTarget = (job: PayloadJob) => {
  const doc = job.input && typeof job.input === 'object' ? (job.input as { doc?: { relationTo?: string; value?: unknown } }).doc : null
  const collection = doc?.relationTo
  const id = typeof doc?.value === 'object' && doc.value ? (doc.value as { id: number }).id : Number(doc?.value)
  return collection === 'careers' || collection === 'news' ? { collection: collection as Editorial, id } : null
}

const titles = async (payload: Payload, collection: Editorial, ids: number[]) => {
  if (!ids.length) return new Map<number, string>()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { title: true },
  })
  return new Map(docs.map((doc) => [doc.id, shownTitle(doc.title)]))
}

/** The latest documents touched, each with whether a version of it is online. */
const recent = async (payload: Payload, collection: Editorial) => {
  const docs = (
    await payload.find({
      collection,
      draft: true,
      sort: '-updatedAt',
      depth: 0,
      limit: 6,
      pagination: false,
      select: { title: true, _status: true, updatedAt: true, reviewState: true, editedByName: true },
    })
  ).docs as Doc[]
  // Never `limit: 0`: Payload reads it as "no limit".
  if (!docs.length) return []
  const online = await payload.find({
    collection,
    where: { and: [{ id: { in: docs.map((doc) => doc.id) } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: docs.length,
    pagination: false,
    select: {},
  })
  const onlineIds = new Set(online.docs.map((doc) => doc.id))
  return docs.map((doc) => ({ doc, online: onlineIds.has(doc.id) }))
}

/** Documents whose latest version is in a review state, oldest request first. */
const inState = async (payload: Payload, collection: Editorial, state: ReviewState) =>
  (
    await payload.find({
      collection,
      draft: true,
      where: { reviewState: { equals: state } },
      sort: state === 'in_review' ? 'review.requestedAt' : 'review.returnedAt',
      depth: 0,
      limit: 20,
      pagination: false,
      select: { title: true, _status: true, updatedAt: true, reviewState: true, review: true },
    })
  ).docs.map((doc) => ({ doc: doc as Doc, collection }))

/** How many documents (their latest version) are in each review state. */
const countsByState = async (payload: Payload, collection: Editorial) =>
  Object.fromEntries(
    await Promise.all(
      REVIEW_STATES.map(async (state) => {
        const { totalDocs } = await payload.find({ collection, draft: true, where: { reviewState: { equals: state } }, depth: 0, limit: 1, select: {} })
        return [state, totalDocs] as const
      }),
    ),
  ) as Record<ReviewState, number>

const NOUNS: Record<Editorial, [string, string]> = { careers: ['fiche métier', 'fiches métiers'], news: ['actualité', 'actualités'] }
/** "1 fiche métier en relecture", "0 actualité publiée"? French takes the singular for 0 and 1. */
const countLabel = (collection: Editorial, state: ReviewState, count: number) =>
  `${count} ${NOUNS[collection][count > 1 ? 1 : 0]} à l’état «${NBSP}${REVIEW_STATE_LABELS[state]}${NBSP}»`

/** Why a schedule failed, as the queue recorded it (the task's error message). */
const failureReason = (job: PayloadJob): string => {
  const fromLog = [...(job.log ?? [])].reverse().find((entry) => entry.state === 'failed')?.error as { message?: string } | undefined
  const message = (job.error as { message?: string } | null)?.message ?? fromLog?.message
  return message ? `«${NBSP}${message}${NBSP}»` : 'raison non enregistrée'
}

const statusLabel = (doc: Doc, online: boolean) =>
  doc.reviewState === 'in_review' || doc.reviewState === 'returned'
    ? REVIEW_STATE_LABELS[doc.reviewState]
    : doc._status === 'published' ? 'Publié' : online ? 'Modifications non publiées' : 'Brouillon'

/**
 * The dashboard's first screen: what will go live (or offline) and when, in Paris time; which
 * schedules failed; what was touched last. Read with the Local API on the server.
 */
export async function EditorialDashboard({ payload }: { payload: Payload }) {
  const { docs: jobs } = (await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
    sort: 'waitUntil',
    limit: 50,
    depth: 0,
  })) as { docs: PayloadJob[] }
  const targets = jobs.map((job) => ({ job, target: scheduledTarget(job) }))
  const idsOf = (collection: Editorial) =>
    targets.flatMap(({ target }) => (target?.collection === collection ? [target.id] : []))
  const [careerTitles, newsTitles, recentCareers, recentNews, careersInReview, newsInReview, careersReturned, newsReturned, careerCounts, newsCounts] =
    await Promise.all([
      titles(payload, 'careers', idsOf('careers')),
      titles(payload, 'news', idsOf('news')),
      recent(payload, 'careers'),
      recent(payload, 'news'),
      inState(payload, 'careers', 'in_review'),
      inState(payload, 'news', 'in_review'),
      inState(payload, 'careers', 'returned'),
      inState(payload, 'news', 'returned'),
      countsByState(payload, 'careers'),
      countsByState(payload, 'news'),
    ])
  const byDate = (key: 'requestedAt' | 'returnedAt') => (a: { doc: Doc }, b: { doc: Doc }) =>
    (a.doc.review?.[key] ?? '').localeCompare(b.doc.review?.[key] ?? '')
  const toReview = [...careersInReview, ...newsInReview].sort(byDate('requestedAt'))
  const sentBack = [...careersReturned, ...newsReturned].sort(byDate('returnedAt'))
  const counts = { careers: careerCounts, news: newsCounts }
  const titleOf = (collection: Editorial, id: number) => (collection === 'careers' ? careerTitles : newsTitles).get(id)
  const pending = targets.filter(({ job }) => !job.hasError)
  const failed = targets.filter(({ job }) => job.hasError)
  const lastTouched = [
    ...recentCareers.map((entry) => ({ ...entry, collection: 'careers' as const })),
    ...recentNews.map((entry) => ({ ...entry, collection: 'news' as const })),
  ]
    .sort((a, b) => b.doc.updatedAt.localeCompare(a.doc.updatedAt))
    .slice(0, 8)

  const row = ({ job, target }: (typeof targets)[number], reason = false) => {
    const action = (job.input as { type?: string })?.type === 'unpublish' ? 'Dépublication' : 'Publication'
    const title = target ? (titleOf(target.collection, target.id) ?? 'Document supprimé') : 'Document inconnu'
    return (
      <li key={job.id}>
        <time dateTime={job.waitUntil ?? undefined}>{job.waitUntil ? formatParisDateTime(job.waitUntil) : '—'}</time>
        <span className="editorial-dashboard__action">{action}</span>
        {target ? <a href={editUrl(target.collection, target.id)}>{title}</a> : title}
        {target && <span className="editorial-dashboard__type">{LABELS[target.collection]}</span>}
        {reason && <span className="editorial-dashboard__reason">Raison{NBSP}: {failureReason(job)}</span>}
      </li>
    )
  }

  const reviewRow = ({ doc, collection }: { doc: Doc; collection: Editorial }) => {
    const asked = doc.reviewState === 'in_review'
    const at = asked ? doc.review?.requestedAt : doc.review?.returnedAt
    const who = asked ? doc.review?.requestedByName : doc.review?.returnedByName
    return (
      <li key={`${collection}-${doc.id}`}>
        {at ? <time dateTime={at}>{formatParisDateTime(at)}</time> : <span>—</span>}
        <a href={editUrl(collection, doc.id)}>{shownTitle(doc.title)}</a>
        <span className="editorial-dashboard__type">{LABELS[collection]}</span>
        <span className="editorial-dashboard__who">
          {asked ? `Proposé par ${who ?? 'quelqu’un'}` : `Renvoyé par ${who ?? 'l’édition'} à ${doc.review?.requestedByName ?? 'son auteur'}`}
        </span>
        {asked && doc._status === 'published' && (
          <a className="editorial-dashboard__diff" href={versionsUrl(collection, doc.id)}>
            Comparer avec la version en ligne
          </a>
        )}
        {!asked && doc.review?.comment && <q className="editorial-dashboard__comment">{doc.review.comment}</q>}
      </li>
    )
  }

  return (
    <section className="editorial-dashboard" aria-labelledby="editorial-dashboard-title">
      <h2 id="editorial-dashboard-title">Suivi éditorial</h2>
      <div className="editorial-dashboard__grid">
        <div>
          <h3>À relire</h3>
          <p className="editorial-dashboard__hint">Heure de Paris, les plus anciennes demandes d’abord. Ouvrez le brouillon pour le publier ou le renvoyer avec un commentaire.</p>
          {toReview.length ? <ul data-testid="dashboard-in-review">{toReview.map(reviewRow)}</ul> : <p>Rien à relire.</p>}
          <h3>Renvoyés à leur auteur</h3>
          {sentBack.length ? <ul data-testid="dashboard-returned">{sentBack.map(reviewRow)}</ul> : <p>Aucun document renvoyé.</p>}
        </div>
        <div>
          <h3>Publications programmées</h3>
          <p className="editorial-dashboard__hint">Heure de Paris. Elles partent à la minute prévue.</p>
          {pending.length ? <ul data-testid="dashboard-scheduled">{pending.map((entry) => row(entry))}</ul> : <p>Aucune publication programmée.</p>}
          {failed.length > 0 && (
            <>
              <h3>Programmations en échec</h3>
              <p className="editorial-dashboard__hint">Corrigez ce que dit la raison, puis reprogrammez-les depuis le document.</p>
              <ul data-testid="dashboard-failed">{failed.map((entry) => row(entry, true))}</ul>
            </>
          )}
        </div>
        <div>
          <h3>Modifiés récemment</h3>
          <ul data-testid="dashboard-recent">
            {lastTouched.map(({ doc, online, collection }) => (
              <li key={`${collection}-${doc.id}`}>
                <time dateTime={doc.updatedAt}>{formatParisDateTime(doc.updatedAt)}</time>
                <span className={`editorial-dashboard__status editorial-dashboard__status--${doc._status}`}>
                  {statusLabel(doc, online)}
                </span>
                <a href={editUrl(collection, doc.id)}>{shownTitle(doc.title)}</a>
                <span className="editorial-dashboard__type">{LABELS[collection]}</span>
                {doc.editedByName && <span className="editorial-dashboard__who">par {doc.editedByName}</span>}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <table className="editorial-dashboard__counts" data-testid="dashboard-counts">
        <caption>Documents par état (leur dernière version)</caption>
        <thead>
          <tr>
            <th scope="col">Contenu</th>
            {REVIEW_STATES.map((state) => (
              <th scope="col" key={state}>
                {REVIEW_STATE_LABELS[state]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['careers', 'news'] as const).map((collection) => (
            <tr key={collection}>
              <th scope="row">{collection === 'careers' ? 'Fiches métiers' : 'Actualités'}</th>
              {REVIEW_STATES.map((state) => (
                <td key={state}>
                  <a href={stateListUrl(collection, state)} aria-label={countLabel(collection, state, counts[collection][state])}>
                    {counts[collection][state]}
                  </a>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
