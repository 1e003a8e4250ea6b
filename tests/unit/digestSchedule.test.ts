import { afterEach, describe, expect, it } from 'vitest'

import { digestHour, dueEditions, isoWeek, parisClock } from '@/payload/digest/parisClock'

const daily = (at: string, hour = 7) => dueEditions(new Date(at), hour).filter((edition) => edition.frequency === 'daily')
const weekly = (at: string, hour = 7) => dueEditions(new Date(at), hour).filter((edition) => edition.frequency === 'weekly')

describe('dueEditions (Paris hour, whatever the server zone)', () => {
  it('has no daily edition before the hour and names the Paris day from it, in winter (UTC+1)', () => {
    expect(daily('2027-01-12T05:59:00Z')).toEqual([])
    expect(daily('2027-01-12T06:00:00Z')).toEqual([{ frequency: 'daily', edition: 'daily:2027-01-12' }])
  })

  it('follows summer time (UTC+2), on the days of the changes too', () => {
    // 28 March 2027: clocks go from 02:00 to 03:00 in Paris.
    expect(daily('2027-03-28T04:59:00Z')).toEqual([])
    expect(daily('2027-03-28T05:00:00Z')).toEqual([{ frequency: 'daily', edition: 'daily:2027-03-28' }])
    // 31 October 2027: back from 03:00 to 02:00.
    expect(daily('2027-10-31T05:59:00Z')).toEqual([])
    expect(daily('2027-10-31T06:00:00Z')).toHaveLength(1)
  })

  it('makes the weekly edition due from Monday at the hour (Paris) until the week ends, named by ISO week', () => {
    // Monday 11 January 2027, 06:59 and 07:00 in Paris.
    expect(weekly('2027-01-11T05:59:00Z')).toEqual([])
    expect(weekly('2027-01-11T06:00:00Z')).toEqual([{ frequency: 'weekly', edition: 'weekly:2027-W02' }])
    // A queue down on Monday: Thursday still has that week's edition (planned once: digest_editions).
    expect(weekly('2027-01-14T03:00:00Z')).toEqual([{ frequency: 'weekly', edition: 'weekly:2027-W02' }])
    // Sunday 23:30 UTC is already Monday 00:30 in Paris: a new week, not yet its hour.
    expect(parisClock(new Date('2027-01-10T23:30:00Z'))).toEqual({ date: '2027-01-11', hour: 0, weekday: 'Mon' })
    expect(weekly('2027-01-10T23:30:00Z')).toEqual([])
    expect(weekly('2027-01-10T22:30:00Z')).toEqual([{ frequency: 'weekly', edition: 'weekly:2027-W01' }])
  })

  it('keeps the day’s edition due until midnight, so a late queue still sends it', () => {
    expect(daily('2027-01-12T22:59:00Z')).toEqual([{ frequency: 'daily', edition: 'daily:2027-01-12' }])
  })
})

describe('isoWeek', () => {
  it('counts weeks from Monday, the year being that of the week’s Thursday', () => {
    expect(isoWeek('2027-01-04')).toBe('2027-W01')
    expect(isoWeek('2027-01-03')).toBe('2026-W53')
    expect(isoWeek('2024-12-30')).toBe('2025-W01')
    expect(isoWeek('2027-03-29')).toBe('2027-W13')
  })
})

describe('DIGEST_HOUR', () => {
  afterEach(() => {
    delete process.env.DIGEST_HOUR
  })
  it('is 7 when unset, empty or not an hour', () => {
    for (const value of [undefined, '', ' ', '24', '-1', '7.5', 'sept']) {
      if (value === undefined) delete process.env.DIGEST_HOUR
      else process.env.DIGEST_HOUR = value
      expect(digestHour(), String(value)).toBe(7)
    }
    process.env.DIGEST_HOUR = '0'
    expect(digestHour()).toBe(0)
  })
})
