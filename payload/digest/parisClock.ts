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

/** DIGEST_HOUR: the Paris hour (0–23) from which each day's digests leave. Default 7 (also when empty). */
export const digestHour = (): number => {
  const raw = process.env.DIGEST_HOUR?.trim()
  const hour = raw ? Number(raw) : 7
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 7
}

/** ISO 8601 week of a calendar date (`2027-01-11` → `2027-W02`): weeks start on Monday. */
export const isoWeek = (date: string): string => {
  const day = new Date(`${date}T00:00:00Z`)
  // The week belongs to the year of its Thursday.
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000)
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4))
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / 86_400_000 / 7 - (3 - ((firstThursday.getUTCDay() + 6) % 7)) / 7)
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/**
 * The editions due at `at`: the daily one from DIGEST_HOUR on each Paris day ("daily:2027-03-28"),
 * the weekly one from DIGEST_HOUR on Monday ("weekly:2027-W12"). The planner plans each once,
 * however late the queue runs: a weekly edition missed on Monday leaves at the first run of
 * the week after, not a week later.
 */
export const dueEditions = (at: Date, hour = digestHour()): { frequency: 'daily' | 'weekly'; edition: string }[] => {
  const clock = parisClock(at)
  const mondayBeforeTheHour = clock.weekday === 'Mon' && clock.hour < hour
  return [
    ...(clock.hour >= hour ? [{ frequency: 'daily' as const, edition: `daily:${clock.date}` }] : []),
    ...(mondayBeforeTheHour ? [] : [{ frequency: 'weekly' as const, edition: `weekly:${isoWeek(clock.date)}` }]),
  ]
}
