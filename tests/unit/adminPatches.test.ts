import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { fr as frenchDates } from 'date-fns/locale/fr'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import config from '@payload-config'
import { ADMIN_PATCHES, DISPLAY_TIMEZONE, patchState, replace } from '@/scripts/adminPatches'

// The patches of patches/ that scripts/adminPatches.ts describes: each file of each entry must
// hold the French (or Paris) text and no longer the English. An upgrade that changes the text
// (the patch no longer applies, or applies and misses a new copy) fails here.
const packageOf = (file: string) => (file.startsWith('@') ? file.split('/').slice(0, 2) : file.split('/').slice(0, 1)).join('/')

describe('the patched admin in node_modules', () => {
  it.each(ADMIN_PATCHES.flatMap((patch) => patch.files.map((file) => [`${file}: ${patch.what}`, file, patch] as const)))(
    '%s',
    (_, file, patch) => {
      expect(patchState(file, patch)).toBe('patched')
    },
  )

  it('applies each entry once: the replacement no longer holds what it replaced', () => {
    const reapplied = ADMIN_PATCHES.flatMap((patch) =>
      patch.files.filter((file) => {
        const text = readFileSync(path.resolve('node_modules', file), 'utf8')
        return replace(text, patch) !== text
      }).map((file) => `${file}: ${patch.what}`),
    )
    expect(reapplied).toEqual([])
  })

  it('has a patch file for each patched package, at the installed version', () => {
    const packages = [...new Set(ADMIN_PATCHES.flatMap((patch) => patch.files.map(packageOf)))]
    const missing = packages.filter((name) => {
      const { version } = JSON.parse(readFileSync(path.resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }
      return !existsSync(path.resolve('patches', `${name.replace('/', '+')}+${version}.patch`))
    })
    expect(missing).toEqual([])
  })
})

describe('dates in the admin', () => {
  const zone = process.env.TZ
  beforeAll(() => {
    process.env.TZ = 'America/New_York'
  })
  afterAll(() => {
    // Assigning undefined would set the string "undefined", an invalid zone.
    if (zone === undefined) delete process.env.TZ
    else process.env.TZ = zone
  })

  it('default to the zone of the config, the one formatDate() was patched with', async () => {
    expect((await config).admin.timezones.defaultTimezone).toBe(DISPLAY_TIMEZONE)
  })

  // 23:30 UTC on 25 November is the 26th at 00:30 in Paris, the 25th at 18:30 in New York.
  it.each([
    ['the shared bundle', '@payloadcms/ui/shared'],
    ['the unbundled utility', '@payloadcms/ui/utilities/formatDocTitle/formatDateTitle'],
  ])('are formatted in Paris time by %s, whatever the zone of the computer', async (_, module) => {
    const { formatDate } = (await import(module)) as { formatDate: (args: object) => string }
    expect(new Date('2025-11-25T23:30:00Z').getHours()).toBe(18)
    const i18n = { dateFNS: frenchDates, t: (key: string) => key }
    expect(formatDate({ date: '2025-11-25T23:30:00Z', i18n, pattern: 'dd/MM/yyyy HH:mm' })).toBe('26/11/2025 00:30')
    // A zone given by the caller (an overseas schedule) still wins.
    expect(formatDate({ date: '2025-11-25T23:30:00Z', i18n, pattern: 'dd/MM/yyyy HH:mm', timezone: 'Indian/Reunion' })).toBe('26/11/2025 03:30')
  })
})
