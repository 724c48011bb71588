import { describe, it, expect } from 'vitest'
import { isAppError } from '../../core/errors'
import {
  isTimeZone,
  isWithinWorkingHours,
  localTimeIn,
  minutesOf,
  validateWorkingHours,
  type WorkingHours,
} from './working-hours'

const officeHours = (tz: string): WorkingHours => ({ tz, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' })

describe('working hours across time zones', () => {
  // Wednesday 2026-06-10 07:30 UTC = 10:30 in Tallinn (EEST, +3) = 03:30 in New York (EDT, -4)
  const wednesdayMorningInEurope = new Date('2026-06-10T07:30:00Z')
  // 2026-06-10 20:00 UTC = 23:00 in Tallinn = 16:00 in New York
  const wednesdayEveningInEurope = new Date('2026-06-10T20:00:00Z')

  it('reads the local weekday and time from the zone rules, daylight saving included', () => {
    expect(localTimeIn('Europe/Tallinn', wednesdayMorningInEurope)).toEqual({ isoWeekday: 3, minuteOfDay: 10 * 60 + 30 })
    expect(localTimeIn('America/New_York', wednesdayMorningInEurope)).toEqual({ isoWeekday: 3, minuteOfDay: 3 * 60 + 30 })
    // In winter Tallinn is +2: 07:30 UTC is 09:30.
    expect(localTimeIn('Europe/Tallinn', new Date('2026-01-14T07:30:00Z')).minuteOfDay).toBe(9 * 60 + 30)
    expect(localTimeIn('UTC', new Date('2026-06-07T00:00:00Z'))).toEqual({ isoWeekday: 7, minuteOfDay: 0 })
  })

  it('has Tallinn at work and New York asleep at the same instant, then the other way round', () => {
    expect(isWithinWorkingHours(officeHours('Europe/Tallinn'), wednesdayMorningInEurope)).toBe(true)
    expect(isWithinWorkingHours(officeHours('America/New_York'), wednesdayMorningInEurope)).toBe(false)
    expect(isWithinWorkingHours(officeHours('Europe/Tallinn'), wednesdayEveningInEurope)).toBe(false)
    expect(isWithinWorkingHours(officeHours('America/New_York'), wednesdayEveningInEurope)).toBe(true)
  })

  it('uses the local weekday, not the UTC one', () => {
    // Friday 23:30 UTC is Saturday 02:30 in Tallinn: a Monday-to-Friday night shift has ended there.
    const fridayNightUtc = new Date('2026-06-12T23:30:00Z')
    const nights: WorkingHours = { tz: 'Europe/Tallinn', days: [1, 2, 3, 4, 5], start: '22:00', end: '02:00' }
    expect(isWithinWorkingHours(nights, fridayNightUtc)).toBe(false)
    expect(isWithinWorkingHours({ ...nights, end: '03:00' }, fridayNightUtc)).toBe(true)
  })

  it('runs a shift past midnight into the next day only after a listed day', () => {
    const fridayNights: WorkingHours = { tz: 'UTC', days: [5], start: '22:00', end: '06:00' }
    expect(isWithinWorkingHours(fridayNights, new Date('2026-06-12T23:00:00Z'))).toBe(true) // Fri 23:00
    expect(isWithinWorkingHours(fridayNights, new Date('2026-06-13T05:59:00Z'))).toBe(true) // Sat 05:59
    expect(isWithinWorkingHours(fridayNights, new Date('2026-06-13T06:00:00Z'))).toBe(false) // Sat 06:00
    expect(isWithinWorkingHours(fridayNights, new Date('2026-06-12T05:00:00Z'))).toBe(false) // Fri 05:00, Thu not listed
    expect(isWithinWorkingHours(fridayNights, new Date('2026-06-13T23:00:00Z'))).toBe(false) // Sat 23:00
  })

  it('treats equal start and end, or 00:00–24:00, as the whole day', () => {
    const allDay: WorkingHours = { tz: 'Asia/Tokyo', days: [6, 7], start: '00:00', end: '00:00' }
    expect(isWithinWorkingHours(allDay, new Date('2026-06-13T14:59:00Z'))).toBe(true) // Sat 23:59 Tokyo
    expect(isWithinWorkingHours(allDay, new Date('2026-06-14T15:00:00Z'))).toBe(false) // Mon 00:00 Tokyo
    expect(isWithinWorkingHours({ ...allDay, end: '24:00' }, new Date('2026-06-13T03:00:00Z'))).toBe(true)
  })

  it('excludes the end minute and includes the start minute', () => {
    const h = officeHours('UTC')
    expect(isWithinWorkingHours(h, new Date('2026-06-10T09:00:00Z'))).toBe(true)
    expect(isWithinWorkingHours(h, new Date('2026-06-10T16:59:59Z'))).toBe(true)
    expect(isWithinWorkingHours(h, new Date('2026-06-10T17:00:00Z'))).toBe(false)
  })
})

describe('parsing and validating working hours', () => {
  it('parses HH:MM and refuses anything else', () => {
    expect(minutesOf('00:00')).toBe(0)
    expect(minutesOf('09:05')).toBe(545)
    expect(minutesOf('24:00')).toBe(1440)
    for (const bad of ['24:01', '9:00', '09:60', '0900', 'ab:cd', '09:00 ']) expect(minutesOf(bad), bad).toBeNaN()
  })

  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/Vilnius')).toBe(true)
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(isTimeZone('')).toBe(false)
  })

  const problemOf = (h: WorkingHours) => {
    try {
      validateWorkingHours(h)
      return null
    } catch (e) {
      if (!isAppError(e)) throw e
      return { status: e.status, code: e.code, pointer: e.errors[0]?.pointer }
    }
  }

  it('names the field at fault', () => {
    const good = officeHours('Europe/Riga')
    expect(problemOf(good)).toBeNull()
    expect(problemOf({ ...good, tz: 'Nowhere/Town' })).toEqual({ status: 422, code: 'invalid_time_zone', pointer: '/workingHours/tz' })
    expect(problemOf({ ...good, days: [] })).toEqual({ status: 422, code: 'invalid_working_days', pointer: '/workingHours/days' })
    expect(problemOf({ ...good, days: [1, 8] })).toEqual({ status: 422, code: 'invalid_working_days', pointer: '/workingHours/days/1' })
    expect(problemOf({ ...good, end: '25:00' })).toEqual({ status: 422, code: 'invalid_time_of_day', pointer: '/workingHours/end' })
  })
})
