import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'
import { sameSecret } from './sameSecret'

/**
 * Who may run the jobs queue through GET /api/payload-jobs/run: an admin, or a scheduler
 * presenting `Authorization: Bearer $CRON_SECRET` (npm start's own runner, or an external cron).
 * Payload's default would let any logged-in contributor trigger it.
 */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean => {
  if (hasRole(req.user, 'admin')) return true
  const header = req.headers.get('authorization') ?? ''
  return header.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), process.env.CRON_SECRET ?? '')
}
