import { timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

const matches = (given: string, expected: string) => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Who may run the jobs queue through GET /api/payload-jobs/run: an admin, or a scheduler
 * presenting `Authorization: Bearer $CRON_SECRET` (npm start's own runner, or an external cron).
 * Payload's default would let any logged-in contributor trigger it.
 */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (hasRole(req.user, 'admin')) return true
  const secret = process.env.CRON_SECRET
  const header = req.headers.get('authorization') ?? ''
  return Boolean(secret) && header.startsWith('Bearer ') && matches(header.slice('Bearer '.length), secret!)
}
