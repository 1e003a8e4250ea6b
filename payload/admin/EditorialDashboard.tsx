import type { Payload } from 'payload'

import type { Career, News, PayloadJob } from '@/payload-types'
import { NBSP } from '@/payload/i18n/typography'

import { formatParisDateTime } from './parisTime'

type Editorial = 'careers' | 'news'
type Doc = Pick<Career | News, 'id' | 'title' | '_status' | 'updatedAt'>

const LABELS: Record<Editorial, string> = { careers: 'Fiche métier', news: 'Actualité' }
const editUrl = (collection: Editorial, id: number | string) => `/admin/collections/${collection}/${id}`
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
      select: { title: true, _status: true, updatedAt: true },
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

const statusLabel = (doc: Doc, online: boolean) =>
  doc._status === 'published' ? 'Publié' : online ? 'Modifications non publiées' : 'Brouillon'

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
  const [careerTitles, newsTitles, recentCareers, recentNews] = await Promise.all([
    titles(payload, 'careers', idsOf('careers')),
    titles(payload, 'news', idsOf('news')),
    recent(payload, 'careers'),
    recent(payload, 'news'),
  ])
  const titleOf = (collection: Editorial, id: number) => (collection === 'careers' ? careerTitles : newsTitles).get(id)
  const pending = targets.filter(({ job }) => !job.hasError)
  const failed = targets.filter(({ job }) => job.hasError)
  const lastTouched = [
    ...recentCareers.map((entry) => ({ ...entry, collection: 'careers' as const })),
    ...recentNews.map((entry) => ({ ...entry, collection: 'news' as const })),
  ]
    .sort((a, b) => b.doc.updatedAt.localeCompare(a.doc.updatedAt))
    .slice(0, 8)

  const row = ({ job, target }: (typeof targets)[number]) => {
    const action = (job.input as { type?: string })?.type === 'unpublish' ? 'Dépublication' : 'Publication'
    const title = target ? (titleOf(target.collection, target.id) ?? 'Document supprimé') : 'Document inconnu'
    return (
      <li key={job.id}>
        <time dateTime={job.waitUntil ?? undefined}>{job.waitUntil ? formatParisDateTime(job.waitUntil) : '—'}</time>
        <span className="editorial-dashboard__action">{action}</span>
        {target ? <a href={editUrl(target.collection, target.id)}>{title}</a> : title}
        {target && <span className="editorial-dashboard__type">{LABELS[target.collection]}</span>}
      </li>
    )
  }

  return (
    <section className="editorial-dashboard" aria-labelledby="editorial-dashboard-title">
      <h2 id="editorial-dashboard-title">Suivi éditorial</h2>
      <div className="editorial-dashboard__grid">
        <div>
          <h3>Publications programmées</h3>
          <p className="editorial-dashboard__hint">Heure de Paris. Elles partent à la minute prévue.</p>
          {pending.length ? <ul>{pending.map(row)}</ul> : <p>Aucune publication programmée.</p>}
          {failed.length > 0 && (
            <>
              <h3>Programmations en échec</h3>
              <p className="editorial-dashboard__hint">
                La personne qui les a programmées n’avait pas le droit de publier, ou le document a changé{NBSP}: reprogrammez-les.
              </p>
              <ul>{failed.map(row)}</ul>
            </>
          )}
        </div>
        <div>
          <h3>Modifiés récemment</h3>
          <ul>
            {lastTouched.map(({ doc, online, collection }) => (
              <li key={`${collection}-${doc.id}`}>
                <time dateTime={doc.updatedAt}>{formatParisDateTime(doc.updatedAt)}</time>
                <span className={`editorial-dashboard__status editorial-dashboard__status--${doc._status}`}>
                  {statusLabel(doc, online)}
                </span>
                <a href={editUrl(collection, doc.id)}>{shownTitle(doc.title)}</a>
                <span className="editorial-dashboard__type">{LABELS[collection]}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  )
}
