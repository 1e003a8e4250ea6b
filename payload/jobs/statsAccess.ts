import type { SanitizedConfig } from 'payload'

import { isAdmin } from '@/payload/access/isAdmin'

/**
 * Payload adds the `payload-jobs-stats` global (when each scheduled task last ran) as it
 * sanitizes the config, after plugins, with its default access: any signed-in user may read and
 * update it. A contributor could then set `lastScheduledRun` years ahead and stop the hourly
 * cleanup. The queue itself reads and writes it through the database adapter, not through access
 * control, so only administrators need to reach it, as for the other developer views.
 */
export const restrictJobStats = (config: SanitizedConfig): SanitizedConfig => {
  const stats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (stats) stats.access = { ...stats.access, read: isAdmin, update: isAdmin, readVersions: isAdmin }
  return config
}
