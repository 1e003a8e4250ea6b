const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
})

/**
 * The Paris calendar at an instant: Payload's cron schedules run in the server's zone (often
 * UTC), so the digest hour is computed here, summer time included.
 */
export const parisClock = (at: Date): { date: string; hour: number; weekday: string } => {
  const get: Record<string, string> = Object.fromEntries(parts.formatToParts(at).map((part) => [part.type, part.value]))
  return { date: `${get.year}-${get.month}-${get.day}`, hour: Number(get.hour), weekday: get.weekday ?? '' }
}

/** DIGEST_HOUR: the Paris hour (0–23) from which each day's digests leave. Default 7. */
export const digestHour = (): number => {
  const hour = Number(process.env.DIGEST_HOUR ?? 7)
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 7
}

/**
 * The editions due at `at`: the daily one from DIGEST_HOUR on each Paris day, the weekly one
 * on Mondays. An edition is named by its frequency and Paris date ("daily:2027-03-28"); the
 * planner plans each once, however late the queue runs that day.
 */
export const dueEditions = (at: Date, hour = digestHour()): { frequency: 'daily' | 'weekly'; edition: string }[] => {
  const clock = parisClock(at)
  if (clock.hour < hour) return []
  return [
    { frequency: 'daily' as const, edition: `daily:${clock.date}` },
    ...(clock.weekday === 'Mon' ? [{ frequency: 'weekly' as const, edition: `weekly:${clock.date}` }] : []),
  ]
}
