import { describe, expect, it } from 'vitest'
import { channelsFor, EMAIL, onDuty, retryDelayMs, sendableAt, type RotaEntry } from './notify'

describe('quiet hours, in the recipient\u2019s zone', () => {
  const tallinn = { tz: 'Europe/Tallinn', start: '22:00', end: '07:00' }

  it.each([
    ['before them: at once', '2026-03-01T19:59:00Z', '2026-03-01T19:59:00Z'],
    ['at their start (22:00 EET): at 07:00 EET next day', '2026-03-01T20:00:00Z', '2026-03-02T05:00:00Z'],
    ['past midnight: the same morning', '2026-03-01T23:30:00Z', '2026-03-02T05:00:00Z'],
    ['at their end: at once', '2026-03-02T05:00:00Z', '2026-03-02T05:00:00Z'],
    ['the night clocks go forward (EET → EEST): 07:00 EEST is 04:00 UTC', '2026-03-28T21:00:00Z', '2026-03-29T04:00:00Z'],
    ['the night clocks go back (EEST → EET): 07:00 EET is 05:00 UTC', '2026-10-24T20:00:00Z', '2026-10-25T05:00:00Z'],
  ])('%s', (_name, at, expected) => {
    expect(sendableAt(tallinn, new Date(at)).toISOString()).toBe(new Date(expected).toISOString())
  })

  it('quiet hours within a day (12:00–13:00) and none at all', () => {
    expect(sendableAt({ tz: 'UTC', start: '12:00', end: '13:00' }, new Date('2026-03-01T12:30:00Z')).toISOString()).toBe('2026-03-01T13:00:00.000Z')
    expect(sendableAt(null, new Date('2026-03-01T12:30:00Z')).toISOString()).toBe('2026-03-01T12:30:00.000Z')
  })
})

describe('who is on duty, in the organization\u2019s zone', () => {
  const every = [1, 2, 3, 4, 5, 6, 7]
  const rota: RotaEntry[] = [
    { id: 'n', userId: 'night', position: 2, days: every, start: '18:00', end: '09:00' },
    { id: 'a', userId: 'alice', position: 0, days: every, start: '09:00', end: '18:00' },
    { id: 'b', userId: 'bob', position: 1, days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
  ]

  it('hands over at 18:00 Tallinn time (16:00 UTC in winter), in rota order', () => {
    expect(onDuty(rota, 'Europe/Tallinn', new Date('2026-03-02T15:59:00Z'))).toEqual(['alice', 'bob'])
    expect(onDuty(rota, 'Europe/Tallinn', new Date('2026-03-02T16:00:00Z'))).toEqual(['night'])
    expect(onDuty(rota, 'Europe/Tallinn', new Date('2026-03-03T06:59:00Z'))).toEqual(['night'])
    expect(onDuty(rota, 'Europe/Tallinn', new Date('2026-03-03T07:00:00Z'))).toEqual(['alice', 'bob'])
  })

  it('keeps weekdays: bob is off on Sunday', () => {
    expect(onDuty(rota, 'Europe/Tallinn', new Date('2026-03-01T10:00:00Z'))).toEqual(['alice'])
  })
})

describe('rules and back-off', () => {
  it('a user\u2019s own rule wins over the role default, even when it is empty', () => {
    expect(channelsFor('offer', ['poc'], undefined)).toEqual([EMAIL])
    expect(channelsFor('offer', ['analyst'], undefined)).toEqual([])
    expect(channelsFor('offer', ['poc'], [])).toEqual([])
    expect(channelsFor('correlation', ['poc'], ['c1'])).toEqual(['c1'])
  })

  it('doubles from 30 s and stops at an hour', () => {
    expect([1, 2, 3, 4, 5, 20].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 3_600_000])
  })
})
