import { unprocessable } from '../../core/errors'
import { HOUR_MS } from '../../core/clock'

/**
 * NIS2 reporting deadlines for a significant incident, Directive (EU) 2022/2555 Article 23(4):
 * (a) early warning within 24 hours of becoming aware, (b) incident notification within 72 hours
 * of becoming aware, (d) final report within one month after the incident notification.
 * The final report's month runs from the notification actually sent, or from its due time while
 * none has been sent (the latest the clock can start). Intermediate and progress reports
 * (Art. 23(4)(c), (e)) are on request and have no fixed clock, so they are not here.
 */
export type Nis2Stage = 'earlyWarning' | 'notification' | 'finalReport'

/** met: sent on time; late: sent after its due time; overdue: not sent and past due; pending: not sent, still time. */
export type Nis2StageStatus = 'met' | 'late' | 'overdue' | 'pending'

export interface Nis2Reports {
  earlyWarningAt?: Date | null
  notificationAt?: Date | null
  finalReportAt?: Date | null
}

export interface Nis2StageClock {
  stage: Nis2Stage
  dueAt: Date
  submittedAt: Date | null
  status: Nis2StageStatus
  /** Until due (negative once past due); for a submitted stage, how early (negative: how late) it came. */
  marginMs: number
}

export interface Nis2Clock {
  awareAt: Date
  stages: [Nis2StageClock, Nis2StageClock, Nis2StageClock]
  /** The first stage not yet submitted, or null when all three are in. */
  next: Nis2StageClock | null
  anyOverdue: boolean
}

export const EARLY_WARNING_HOURS = 24
export const NOTIFICATION_HOURS = 72

/** One calendar month later, clamped to the last day of a shorter month (31 Jan → 28/29 Feb). */
export function addOneMonthUtc(from: Date): Date {
  const d = new Date(from.getTime())
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() + 1)
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
  d.setUTCDate(Math.min(day, lastDay))
  return d
}

function stageClock(stage: Nis2Stage, dueAt: Date, submittedAt: Date | null, now: Date): Nis2StageClock {
  const due = dueAt.getTime()
  if (submittedAt !== null) {
    const margin = due - submittedAt.getTime()
    return { stage, dueAt, submittedAt, status: margin >= 0 ? 'met' : 'late', marginMs: margin }
  }
  const margin = due - now.getTime()
  return { stage, dueAt, submittedAt, status: margin >= 0 ? 'pending' : 'overdue', marginMs: margin }
}

const checkedReport = (at: Date | null | undefined, awareAt: Date, field: keyof Nis2Reports): Date | null => {
  if (at == null) return null
  if (Number.isNaN(at.getTime())) throw unprocessable('invalid_date', `${field} is not a valid date`, `/${field}`)
  if (at.getTime() < awareAt.getTime())
    throw unprocessable('report_before_awareness', `${field} cannot precede the moment of awareness`, `/${field}`)
  return at
}

export function nis2Clock(awareAt: Date, reports: Nis2Reports, now: Date): Nis2Clock {
  if (Number.isNaN(awareAt.getTime())) throw unprocessable('invalid_date', 'awareAt is not a valid date', '/awareAt')
  const early = checkedReport(reports.earlyWarningAt, awareAt, 'earlyWarningAt')
  const notification = checkedReport(reports.notificationAt, awareAt, 'notificationAt')
  const final = checkedReport(reports.finalReportAt, awareAt, 'finalReportAt')

  const notificationDue = new Date(awareAt.getTime() + NOTIFICATION_HOURS * HOUR_MS)
  const stages: Nis2Clock['stages'] = [
    stageClock('earlyWarning', new Date(awareAt.getTime() + EARLY_WARNING_HOURS * HOUR_MS), early, now),
    stageClock('notification', notificationDue, notification, now),
    stageClock('finalReport', addOneMonthUtc(notification ?? notificationDue), final, now),
  ]
  return {
    awareAt,
    stages,
    next: stages.find((s) => s.submittedAt === null) ?? null,
    anyOverdue: stages.some((s) => s.status === 'overdue'),
  }
}
