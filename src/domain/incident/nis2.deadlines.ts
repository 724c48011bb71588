/**
 * The NIS2 clock, kept durably: each stage of an incident (early warning 24 h, notification 72 h,
 * final report a month after the notification) is a deadline row armed when the incident is
 * reported, so the hub says "this stage is due now" even if no process ran when it fell due.
 * Firing emits `incident.nis2_stage_due` at the incident's marking while the stage is still
 * unsubmitted and the incident not closed; the notify capability turns it into notifications.
 */
import { armDeadline, disarmDeadlines } from '../../store/deadlines'
import { loadMarking } from '../../store/marking.store'
import type { Tx } from '../../store/tx'
import type { DeadlineRegistration } from '../deadline-registry'
import type { Unit } from '../unit-of-work'
import * as store from './incident.store'
import { nis2Clock, type Nis2Clock, type Nis2Stage } from './nis2-clock'

export const NIS2_DEADLINE = 'incident.nis2_stage'

const STAGES: readonly Nis2Stage[] = ['earlyWarning', 'notification', 'finalReport']

/** One deadline per incident and stage: the subject names both, so a stage is re-armed alone. */
const subjectOf = (incidentId: string, stage: Nis2Stage): string => `${incidentId}:${stage}`

function parseSubject(subject: string): { incidentId: string; stage: Nis2Stage } | null {
  const cut = subject.lastIndexOf(':')
  const stage = subject.slice(cut + 1) as Nis2Stage
  return cut > 0 && STAGES.includes(stage) ? { incidentId: subject.slice(0, cut), stage } : null
}

const reports = (r: store.IncidentRow) => ({
  earlyWarningAt: r.early_warning_at === null ? null : new Date(r.early_warning_at),
  notificationAt: r.notification_at === null ? null : new Date(r.notification_at),
  finalReportAt: r.final_report_at === null ? null : new Date(r.final_report_at),
})

const clockOf = (r: store.IncidentRow, now: Date): Nis2Clock => nis2Clock(new Date(r.aware_at), reports(r), now)

/** Arms the three stages of a newly reported incident (a stage already past due fires at once). */
export async function armNis2Stages(tx: Tx, row: store.IncidentRow, now: Date): Promise<void> {
  for (const s of clockOf(row, now).stages) if (s.submittedAt === null) await armDeadline(tx, NIS2_DEADLINE, subjectOf(row.id, s.stage), s.dueAt.toISOString())
}

/**
 * The notification was sent (or its time corrected): the final report's month now runs from it,
 * so that stage's deadline moves (earlier or later) with it.
 */
export async function rearmFinalReport(tx: Tx, row: store.IncidentRow, now: Date): Promise<void> {
  const subject = subjectOf(row.id, 'finalReport')
  await disarmDeadlines(tx, subject, now.toISOString())
  const final = clockOf(row, now).stages[2]
  if (final.submittedAt === null) await armDeadline(tx, NIS2_DEADLINE, subject, final.dueAt.toISOString())
}

/** A stage's deadline fired: announce it if it is still owed; re-arm it if its due time moved later. */
export async function fireNis2Stage(u: Unit, subject: string): Promise<void> {
  const parsed = parseSubject(subject)
  if (parsed === null) return
  const row = await store.findIncident(u.tx, parsed.incidentId)
  if (row === null || row.status === 'closed') return
  const stage = clockOf(row, u.now).stages.find((s) => s.stage === parsed.stage)!
  if (stage.submittedAt !== null) return
  if (stage.dueAt.getTime() > u.now.getTime()) {
    await armDeadline(u.tx, NIS2_DEADLINE, subject, stage.dueAt.toISOString())
    return
  }
  const marking = await loadMarking(u.tx, row.marking_id)
  await u.emit({
    type: 'incident.nis2_stage_due',
    markingId: row.marking_id,
    marking,
    exerciseId: row.exercise_id,
    subject: { incidentId: row.id },
    payload: { incidentId: row.id, orgId: row.org_id, title: row.title, stage: stage.stage, dueAt: stage.dueAt.toISOString() },
  })
}

export const incidentDeadlines: readonly DeadlineRegistration[] = [{ kind: NIS2_DEADLINE, fire: (u, subject) => fireNis2Stage(u, subject) }]
