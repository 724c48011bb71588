import type { Selectable } from 'kysely'
import type { Db } from '../../store/db'
import type { IncidentTable, IncidentTimelineTable } from '../../store/schema'
import type { Tx } from '../../store/tx'
import { scopeVisibleTo, type Scope } from '../../tlp'

type Q = Db | Tx
export type IncidentRow = Selectable<IncidentTable>
export type TimelineRow = Selectable<IncidentTimelineTable>

const scoped = (scope: Scope) => scopeVisibleTo('incident.marking_id', 'incident.exercise_id', scope)

/** The incident if it is in the scope; "missing", "not yours" and "another world's" are the same answer. */
export async function findVisibleIncident(q: Q, scope: Scope, id: string): Promise<IncidentRow | null> {
  return (await q.selectFrom('incident').selectAll().where('id', '=', id).where(scoped(scope)).executeTakeFirst()) ?? null
}

/** Where a page ends: the last row's sort key (newest first, then by id). */
export interface IncidentKey {
  createdAt: string
  id: string
}

/**
 * Newest first, in the order of incident_list_idx (created_at desc, id), from just after `after`:
 * a page is read along the index, so its cost follows the rows it returns, however many precede it.
 */
export async function listVisibleIncidents(q: Q, scope: Scope, f: { status?: string; limit: number; after?: IncidentKey | null }): Promise<IncidentRow[]> {
  let query = q.selectFrom('incident').selectAll().where(scoped(scope)).orderBy('created_at', 'desc').orderBy('id').limit(f.limit)
  if (f.status !== undefined) query = query.where('status', '=', f.status)
  const after = f.after
  if (after) query = query.where((eb) => eb.or([eb('created_at', '<', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]))
  return query.execute()
}

/** For the hub's own bookkeeping (widening on acceptance), never returned to a caller as such. */
export async function findIncident(q: Q, id: string): Promise<IncidentRow | null> {
  return (await q.selectFrom('incident').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
}

export async function insertIncident(q: Q, row: IncidentRow): Promise<void> {
  await q.insertInto('incident').values(row).execute()
}

export async function updateIncident(q: Q, id: string, set: Partial<IncidentRow>): Promise<void> {
  await q.updateTable('incident').set(set).where('id', '=', id).execute()
}

export async function insertTimeline(q: Q, row: TimelineRow): Promise<void> {
  await q.insertInto('incident_timeline').values(row).execute()
}

export async function timelineOf(q: Q, incidentId: string): Promise<TimelineRow[]> {
  return q.selectFrom('incident_timeline').selectAll().where('incident_id', '=', incidentId).orderBy('happened_at').orderBy('at').execute()
}

export async function existingOrgs(q: Q, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  return new Set((await q.selectFrom('org').select('id').where('id', 'in', [...ids]).execute()).map((r) => r.id))
}

export async function existingUsers(q: Q, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  return new Set((await q.selectFrom('app_user').select('id').where('id', 'in', [...ids]).execute()).map((r) => r.id))
}
