import type { Kysely } from 'kysely'
import { newId } from '../../core/ids'
import { nis2Clock } from '../../domain/incident/nis2-clock'
import type { DialectHelpers } from '../db'
import type { Database } from '../schema'

/**
 * NIS2 stages became deadline rows (`incident.nis2_stage`, armed when an incident is reported).
 * Incidents reported before that get theirs here: each stage not yet submitted, of an incident
 * not closed, whose due time is still ahead. Stages already overdue are not armed, so an upgrade
 * does not send a burst of notices about deadlines long past (the console shows them overdue).
 */
export async function up(raw: Kysely<unknown>, _d: DialectHelpers): Promise<void> {
  const db = raw as unknown as Kysely<Database>
  const now = new Date()
  const rows = await db
    .selectFrom('incident')
    .select(['id', 'aware_at', 'early_warning_at', 'notification_at', 'final_report_at'])
    .where('status', '!=', 'closed')
    .execute()
  const date = (s: string | null) => (s === null ? null : new Date(s))
  for (const r of rows) {
    const clock = nis2Clock(new Date(r.aware_at), { earlyWarningAt: date(r.early_warning_at), notificationAt: date(r.notification_at), finalReportAt: date(r.final_report_at) }, now)
    const due = clock.stages.filter((s) => s.status === 'pending')
    if (due.length === 0) continue
    await db
      .insertInto('deadline')
      .values(due.map((s) => ({ id: newId(), kind: 'incident.nis2_stage', subject_id: `${r.id}:${s.stage}`, due_at: s.dueAt.toISOString(), fired_at: null, claimed_by: null, claimed_until: null })))
      .execute()
  }
}
