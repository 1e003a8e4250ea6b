import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

import type { User } from '@/payload-types'
import { hasRole } from '@/payload/access/roles'

/** The logged-in staff member behind these request headers (admin session cookie), or null. */
export const staffFromHeaders = async (requestHeaders: Headers): Promise<User | null> => {
  const { user } = await (await getPayload({ config })).auth({ headers: requestHeaders })
  return user && hasRole(user, 'admin', 'editor', 'contributor') ? (user as User) : null
}

/**
 * Who is previewing drafts on this request, or null. Draft mode alone is not enough: its cookie
 * outlives an admin session (logout, expiry), so the session is checked on every render.
 * Headers are read only in draft mode, so cached pages stay static for everyone else.
 */
export const currentPreviewer = cache(async (): Promise<User | null> => {
  if (!(await draftMode()).isEnabled) return null
  return staffFromHeaders(await headers())
})
