import { type CollectionAfterChangeHook, type CollectionAfterDeleteHook, createDataloaderCacheKey, type FieldHook, type TextField } from 'payload'

import { cacheTags } from '@/payload/cacheTags'
import { revalidateTags } from '@/payload/hooks/revalidateTags'

/** Who signs a post whose author gave no public name, or whose account is gone. */
export const NEWSROOM = 'La rédaction de Repères'

const authorId = (value: unknown): number | null => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : null
}

/**
 * The author's public name, read for every reader of the post (visitors included), with the
 * account's other fields left unread: visitors may not read accounts, only the signature their
 * owner chose to publish. Payload's data loader batches the look-ups of a list into one query.
 */
const readPublicName: FieldHook = async ({ siblingData, req }) => {
  const id = authorId(siblingData?.author)
  if (id === null) return null
  const account = await req.payloadDataLoader.load(
    createDataloaderCacheKey({
      collectionSlug: 'users',
      currentDepth: 0,
      depth: 0,
      docID: id,
      draft: false,
      fallbackLocale: undefined as never,
      locale: undefined as never,
      overrideAccess: true,
      select: { publicName: true },
      showHiddenFields: false,
      transactionID: req.transactionID as never,
    }),
  )
  return (account as { publicName?: string | null } | null)?.publicName?.trim() || null
}

/** `byline`: the public name of the post's author, or null (then the newsroom signs, see NEWSROOM). */
export const bylineField: TextField = {
  name: 'byline',
  type: 'text',
  label: 'Signature',
  virtual: true,
  admin: { hidden: true },
  hooks: { afterRead: [readPublicName] },
}

const expireSignedPages = () => revalidateTags([cacheTags.newsList, cacheTags.newsFeeds, cacheTags.newsPosts])

/**
 * A changed public name changes the pages, feeds and JSON-LD of the author's posts: all news
 * pages and lists are expired (a rename is rare; listing the author's posts would cost more).
 * A new account has signed nothing yet.
 */
export const revalidateBylines: CollectionAfterChangeHook = ({ doc, operation, previousDoc }) => {
  if (operation === 'update' && (doc as { publicName?: string | null }).publicName !== (previousDoc as { publicName?: string | null } | undefined)?.publicName)
    expireSignedPages()
  return doc
}

/** A deleted account's posts are signed by the newsroom from then on (their author becomes empty). */
export const revalidateBylinesOfDeleted: CollectionAfterDeleteHook = ({ doc }) => {
  expireSignedPages()
  return doc
}
