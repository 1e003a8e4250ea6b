import type { CollectionAfterChangeHook, CollectionBeforeOperationHook, CollectionSlug, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

import { perDocument } from './perDocument'

type Restore = { asDraft: boolean }

const restores = perDocument<Restore>('restore')

/**
 * Notes, before Payload restores a version, which document it is and whether the restore is
 * saved as a draft. The before-hooks see only the restored version's own data (whose status
 * may say "published" for a restore saved as a draft), and REST, GraphQL and the Local API
 * pass the draft flag differently; this hook sees it in every case.
 */
export const rememberRestore =
  <T extends CollectionSlug>(): CollectionBeforeOperationHook<T> =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'restoreVersion') return args
    const restore = args as { id?: number | string; draft?: boolean }
    if (restore.id === undefined) return args
    const { docs } = await req.payload.db.findVersions<{ _status?: string }>({
      collection: collection.slug,
      where: { id: { equals: restore.id } },
      limit: 1,
      pagination: false,
      req,
    })
    const version = docs[0]
    if (!version?.parent) return args
    // A draft version brings back a draft: restoring it must not take the published page
    // offline (Payload would save the main row as a draft). Read by Payload once this hook
    // returns (patches/payload+3.90.1.patch).
    if (version.version?._status === 'draft') {
      const row = await req.payload.db.findOne<{ id: number; _status?: string }>({ collection: collection.slug, where: { id: { equals: version.parent } }, req })
      if (row?._status === 'published') restore.draft = true
    }
    restores.set(req, collection.slug, version.parent, { asDraft: restore.draft === true })
    return args
  }

/** The restore this save belongs to, if any. */
export const restoreOf = (req: PayloadRequest, collection: string, id: number | string | undefined): Restore | undefined =>
  id === undefined ? undefined : restores.get(req, collection, id)

/** Once saved, the next save of the document on this request is not a restore. */
export const forgetRestore: CollectionAfterChangeHook = ({ collection, doc, req }) => {
  restores.take(req, collection.slug, doc.id)
  return doc
}

/**
 * The same for a global with drafts: a draft version restored over the published global is
 * saved as a draft (patches/payload+3.90.1.patch reads the flag and leaves the published row
 * as it is), so restoring work in progress never takes the global offline.
 */
export const restoreDraftsAsDrafts: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  if (operation !== 'restoreVersion') return args
  const restore = args as { id?: number | string; draft?: boolean }
  if (restore.id === undefined) return args
  const { docs } = await req.payload.db.findGlobalVersions<{ _status?: string }>({
    global: global.slug,
    where: { id: { equals: restore.id } },
    limit: 1,
    pagination: false,
    req,
  })
  if (docs[0]?.version?._status !== 'draft') return args
  if (await isPublishedGlobal(req, global.slug)) restore.draft = true
  return args
}

/** Whether a global's stored row, what visitors read, is published (a draft lives in its versions only). */
export const isPublishedGlobal = async (req: PayloadRequest, slug: string): Promise<boolean> =>
  ((await req.payload.db.findGlobal({ slug, req })) as { _status?: string } | null)?._status === 'published'
