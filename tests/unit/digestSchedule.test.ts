import { describe, expect, it } from 'vitest'

import { dueEditions, parisClock } from '@/payload/digest/parisClock'

describe('dueEditions (Paris hour, whatever the server zone)', () => {
  it('is empty before the hour and names the Paris day from it, in winter (UTC+1)', () => {
    expect(dueEditions(new Date('2027-01-12T05:59:00Z'), 7)).toEqual([])
    expect(dueEditions(new Date('2027-01-12T06:00:00Z'), 7)).toEqual([{ frequency: 'daily', edition: 'daily:2027-01-12' }])
  })

  it('follows summer time (UTC+2), on the day of the change too', () => {
    // 28 March 2027: clocks go from 02:00 to 03:00 in Paris.
    expect(dueEditions(new Date('2027-03-28T04:59:00Z'), 7)).toEqual([])
    expect(dueEditions(new Date('2027-03-28T05:00:00Z'), 7)).toEqual([{ frequency: 'daily', edition: 'daily:2027-03-28' }])
    // 31 October 2027: back from 03:00 to 02:00.
    expect(dueEditions(new Date('2027-10-31T05:59:00Z'), 7)).toEqual([])
    expect(dueEditions(new Date('2027-10-31T06:00:00Z'), 7)).toHaveLength(1)
  })

  it('adds the weekly edition on Paris Mondays, including a Monday that is still Sunday in UTC', () => {
    expect(dueEditions(new Date('2027-01-11T08:00:00Z'), 7)).toEqual([
      { frequency: 'daily', edition: 'daily:2027-01-11' },
      { frequency: 'weekly', edition: 'weekly:2027-01-11' },
    ])
    // Sunday 23:30 UTC is Monday 00:30 in Paris.
    expect(parisClock(new Date('2027-01-10T23:30:00Z'))).toEqual({ date: '2027-01-11', hour: 0, weekday: 'Mon' })
    expect(dueEditions(new Date('2027-01-10T23:30:00Z'), 0).map((edition) => edition.edition)).toEqual(['daily:2027-01-11', 'weekly:2027-01-11'])
  })

  it('keeps the day\u2019s edition due until midnight, so a late queue still sends it (once: the planner records it)', () => {
    expect(dueEditions(new Date('2027-01-12T22:59:00Z'), 7)).toEqual([{ frequency: 'daily', edition: 'daily:2027-01-12' }])
  })
})
