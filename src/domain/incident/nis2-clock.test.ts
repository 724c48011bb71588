import { describe, it, expect } from 'vitest'
import { isAppError } from '../../core/errors'
import { addOneMonthUtc, nis2Clock } from './nis2-clock'

const t = (s: string) => new Date(s)
const aware = t('2026-03-02T10:00:00Z')

describe('NIS2 Article 23 clock', () => {
  it('sets the three due times from awareness while nothing is sent', () => {
    const c = nis2Clock(aware, {}, t('2026-03-02T12:00:00Z'))
    expect(c.stages.map((s) => [s.stage, s.dueAt.toISOString(), s.status])).toEqual([
      ['earlyWarning', '2026-03-03T10:00:00.000Z', 'pending'],
      ['notification', '2026-03-05T10:00:00.000Z', 'pending'],
      ['finalReport', '2026-04-05T10:00:00.000Z', 'pending'],
    ])
    expect(c.next?.stage).toBe('earlyWarning')
    expect(c.stages[0].marginMs).toBe(22 * 3_600_000)
    expect(c.anyOverdue).toBe(false)
  })

  it('is pending at the due instant and overdue one millisecond after', () => {
    expect(nis2Clock(aware, {}, t('2026-03-03T10:00:00.000Z')).stages[0].status).toBe('pending')
    const after = nis2Clock(aware, {}, t('2026-03-03T10:00:00.001Z'))
    expect(after.stages[0].status).toBe('overdue')
    expect(after.stages[1].status).toBe('pending')
    expect(after.anyOverdue).toBe(true)
  })

  it('marks reports sent on time as met and late ones as late', () => {
    const c = nis2Clock(
      aware,
      { earlyWarningAt: t('2026-03-02T20:00:00Z'), notificationAt: t('2026-03-05T11:00:00Z') },
      t('2026-03-10T00:00:00Z'),
    )
    expect(c.stages[0]).toMatchObject({ status: 'met', marginMs: 14 * 3_600_000 })
    expect(c.stages[1]).toMatchObject({ status: 'late', marginMs: -3_600_000 })
    expect(c.next?.stage).toBe('finalReport')
  })

  it('runs the final report month from the notification actually sent', () => {
    const c = nis2Clock(aware, { earlyWarningAt: t('2026-03-02T11:00:00Z'), notificationAt: t('2026-03-03T09:30:00Z') }, t('2026-03-04T00:00:00Z'))
    expect(c.stages[2].dueAt.toISOString()).toBe('2026-04-03T09:30:00.000Z')
  })

  it('reports all three in as nothing next', () => {
    const c = nis2Clock(
      aware,
      { earlyWarningAt: t('2026-03-02T11:00:00Z'), notificationAt: t('2026-03-04T11:00:00Z'), finalReportAt: t('2026-04-01T00:00:00Z') },
      t('2026-06-01T00:00:00Z'),
    )
    expect(c.next).toBeNull()
    expect(c.stages.map((s) => s.status)).toEqual(['met', 'met', 'met'])
  })

  it('has the final report overdue a month after a missed notification', () => {
    const c = nis2Clock(aware, {}, t('2026-04-05T10:00:01Z'))
    expect(c.stages.map((s) => s.status)).toEqual(['overdue', 'overdue', 'overdue'])
  })

  it('refuses a report dated before awareness, naming the field', () => {
    try {
      nis2Clock(aware, { notificationAt: t('2026-03-01T00:00:00Z') }, aware)
      expect.unreachable()
    } catch (e) {
      expect(isAppError(e) && [e.status, e.code, e.errors[0]?.pointer]).toEqual([422, 'report_before_awareness', '/notificationAt'])
    }
  })

  it('refuses an invalid date', () => {
    expect(() => nis2Clock(t('not a date'), {}, aware)).toThrow(/awareAt/)
  })
})

describe('one calendar month', () => {
  it.each([
    ['2026-01-15T08:00:00.000Z', '2026-02-15T08:00:00.000Z'],
    ['2026-01-31T08:00:00.000Z', '2026-02-28T08:00:00.000Z'],
    ['2028-01-31T08:00:00.000Z', '2028-02-29T08:00:00.000Z'],
    ['2026-12-31T23:59:00.000Z', '2027-01-31T23:59:00.000Z'],
    ['2026-03-31T00:00:00.000Z', '2026-04-30T00:00:00.000Z'],
  ])('%s + 1 month = %s', (from, to) => {
    expect(addOneMonthUtc(t(from)).toISOString()).toBe(to)
  })
})
