/** Exercise rows. Exercises are not TLP-marked: who may read one is its permission table (participants, controllers, the hub). */
import type { Selectable } from 'kysely'
import type { Db } from '../../store/db'
import type { ExerciseInjectTable, ExerciseTable } from '../../store/schema'
import type { Tx } from '../../store/tx'

type Q = Db | Tx
export type ExerciseRow = Selectable<ExerciseTable>
export type InjectRow = Selectable<ExerciseInjectTable>

export const insertExercise = (tx: Tx, row: ExerciseRow) => tx.insertInto('exercise').values(row).execute()

export const findExercise = (q: Q, id: string): Promise<ExerciseRow | undefined> => q.selectFrom('exercise').selectAll().where('id', '=', id).executeTakeFirst()

export const updateExercise = (tx: Tx, id: string, set: Partial<ExerciseRow>) => tx.updateTable('exercise').set(set).where('id', '=', id).execute()

export const listExerciseRows = (q: Q): Promise<ExerciseRow[]> => q.selectFrom('exercise').selectAll().orderBy('created_at', 'desc').execute()

export async function participantsOf(q: Q, exerciseId: string) {
  return q
    .selectFrom('exercise_participant as p')
    .innerJoin('org', 'org.id', 'p.org_id')
    .select(['p.org_id', 'p.simulated', 'org.name', 'org.country'])
    .where('p.exercise_id', '=', exerciseId)
    .orderBy('org.name')
    .execute()
}

export async function controllersOf(q: Q, exerciseId: string) {
  return q
    .selectFrom('exercise_controller as c')
    .innerJoin('app_user', 'app_user.id', 'c.user_id')
    .select(['c.user_id', 'app_user.email'])
    .where('c.exercise_id', '=', exerciseId)
    .orderBy('app_user.email')
    .execute()
}

/** Ids of the exercises a user controls and those an organization chain takes part in. */
export async function standingsOf(q: Q, userId: string, orgChain: readonly string[]): Promise<{ controls: Set<string>; participates: Set<string> }> {
  const [c, p] = await Promise.all([
    q.selectFrom('exercise_controller').select('exercise_id').where('user_id', '=', userId).execute(),
    orgChain.length === 0 ? [] : q.selectFrom('exercise_participant').select('exercise_id').where('org_id', 'in', orgChain).execute(),
  ])
  return { controls: new Set(c.map((r) => r.exercise_id)), participates: new Set(p.map((r) => r.exercise_id)) }
}

export async function injectsOf(q: Q, exerciseId: string): Promise<InjectRow[]> {
  return q.selectFrom('exercise_inject').selectAll().where('exercise_id', '=', exerciseId).orderBy('offset_ms').orderBy('serial').execute()
}

export const findInject = (q: Q, id: string): Promise<InjectRow | undefined> => q.selectFrom('exercise_inject').selectAll().where('id', '=', id).executeTakeFirst()

export const findInjectBySerial = (q: Q, exerciseId: string, serial: string): Promise<InjectRow | undefined> =>
  q.selectFrom('exercise_inject').selectAll().where('exercise_id', '=', exerciseId).where('serial', '=', serial).executeTakeFirst()

export const insertInjects = (tx: Tx, rows: InjectRow[]) => (rows.length === 0 ? Promise.resolve() : tx.insertInto('exercise_inject').values(rows).execute().then(() => undefined))

export const updateInject = (tx: Tx, id: string, set: Partial<InjectRow>) => tx.updateTable('exercise_inject').set(set).where('id', '=', id).execute()

/**
 * Marks an inject released only if it still is not: the one guard that makes a release happen
 * once, whichever process or hand gets there first. True when this call released it.
 */
export async function claimRelease(tx: Tx, id: string, at: string, scenario: string): Promise<boolean> {
  const r = await tx.updateTable('exercise_inject').set({ state: 'released', released_at: at, released_scenario: scenario }).where('id', '=', id).where('state', '!=', 'released').executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Disarms every armed inject deadline of an exercise (its clock stopped or moved). */
export async function disarmInjectDeadlines(tx: Tx, exerciseId: string, kind: string, at: string): Promise<void> {
  await tx
    .updateTable('deadline')
    .set({ fired_at: at, claimed_by: 'disarmed' })
    .where('kind', '=', kind)
    .where('fired_at', 'is', null)
    .where('subject_id', 'in', (eb) => eb.selectFrom('exercise_inject').select('id').where('exercise_id', '=', exerciseId))
    .execute()
}

export const insertLesson = (tx: Tx, row: { id: string; exercise_id: string; user_id: string; org_id: string; title: string; text: string; created_at: string }) =>
  tx.insertInto('exercise_lesson').values(row).execute()

/** Lessons of the given exercises, newest first, optionally containing every word of `q`. */
export async function findLessons(q: Q, exerciseIds: readonly string[], words: readonly string[]) {
  if (exerciseIds.length === 0) return []
  let query = q
    .selectFrom('exercise_lesson as l')
    .innerJoin('exercise as e', 'e.id', 'l.exercise_id')
    .select(['l.id', 'l.exercise_id', 'e.name as exercise_name', 'l.user_id', 'l.org_id', 'l.title', 'l.text', 'l.created_at'])
    .where('l.exercise_id', 'in', exerciseIds)
  for (const w of words) {
    const like = `%${w.toLowerCase().replace(/[%_\\]/g, '')}%`
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['l.title']), 'like', like), eb(eb.fn('lower', ['l.text']), 'like', like)]))
  }
  return query.orderBy('l.created_at', 'desc').limit(200).execute()
}

/*
 * Facts for the after-action report's checks. Like the hub-wide assistance metrics, these read the
 * exercise's world whole and give back only times and who (nation, category): never an object's
 * content, which stays behind its marking.
 */

/** The first incident a participant reported in the world since `since`. */
export async function firstIncidentSince(q: Q, exerciseId: string, orgId: string, since: string): Promise<string | null> {
  const r = await q.selectFrom('incident').select((eb) => eb.fn.min('created_at').as('at')).where('exercise_id', '=', exerciseId).where((eb) => eb.or([eb('org_id', '=', orgId), eb('nation_id', '=', orgId)])).where('created_at', '>=', since).executeTakeFirst()
  return (r?.at as string | null | undefined) ?? null
}

type RequestTime = 'submitted_at' | 'first_accepted_at' | 'first_delivered_at' | 'closed_at'

/** The first time a request of the world (of a requester, of a category) reached a step, since `since`. */
export async function firstRequestStepSince(q: Q, exerciseId: string, column: RequestTime, since: string, requester: string | null, category: string | null): Promise<string | null> {
  let query = q.selectFrom('assistance_request').select((eb) => eb.fn.min(column).as('at')).where('exercise_id', '=', exerciseId).where(column, '>=', since)
  if (requester !== null) query = query.where((eb) => eb.or([eb('nation_id', '=', requester), eb('requester_org', '=', requester)]))
  if (category !== null) query = query.where('category', '=', category)
  const r = await query.executeTakeFirst()
  return (r?.at as string | null | undefined) ?? null
}

/** The first offer a helper (a nation or organization) accepted in the world since `since`. */
export async function firstAcceptanceSince(q: Q, exerciseId: string, since: string, helper: string | null, category: string | null): Promise<string | null> {
  let query = q
    .selectFrom('assistance_offer as o')
    .innerJoin('assistance_request as r', 'r.id', 'o.request_id')
    .select((eb) => eb.fn.min('o.answered_at').as('at'))
    .where('r.exercise_id', '=', exerciseId)
    .where('o.answered_at', '>=', since)
    .where('o.state', '=', 'accepted')
  if (helper !== null) query = query.where((eb) => eb.or([eb('o.provider_nation', '=', helper), eb('o.provider_org', '=', helper)]))
  if (category !== null) query = query.where('r.category', '=', category)
  const r = await query.executeTakeFirst()
  return (r?.at as string | null | undefined) ?? null
}

/** The first intel a participant shared in the world since `since` (its intel.added events). */
export async function firstIntelSince(q: Q, exerciseId: string, orgId: string | null, since: string): Promise<string | null> {
  let query = q
    .selectFrom('outbox_event as e')
    .innerJoin('marking as m', 'm.id', 'e.marking_id')
    .select((eb) => eb.fn.min('e.at').as('at'))
    .where('e.exercise_id', '=', exerciseId)
    .where('e.type', '=', 'intel.added')
    .where('e.at', '>=', since)
  if (orgId !== null) query = query.where('m.originator_org', 'in', (eb) => eb.selectFrom('org').select('id').where((x) => x.or([x('id', '=', orgId), x('parent_id', '=', orgId)])))
  const r = await query.executeTakeFirst()
  return (r?.at as string | null | undefined) ?? null
}

/** The world's incidents with their NIS2 report times, for the report's NIS2 stages. */
export async function incidentsOfWorld(q: Q, exerciseId: string) {
  return q
    .selectFrom('incident as i')
    .innerJoin('org as n', 'n.id', 'i.nation_id')
    .select(['i.id', 'n.country', 'n.name as nation', 'i.aware_at', 'i.early_warning_at', 'i.notification_at', 'i.final_report_at', 'i.created_at'])
    .where('i.exercise_id', '=', exerciseId)
    .orderBy('i.created_at')
    .execute()
}

/** The first decision of the world decided since `since`. */
export async function firstDecisionSince(q: Q, exerciseId: string, since: string): Promise<string | null> {
  const r = await q.selectFrom('decision_proposal').select((eb) => eb.fn.min('decided_at').as('at')).where('exercise_id', '=', exerciseId).where('decided_at', '>=', since).executeTakeFirst()
  return (r?.at as string | null | undefined) ?? null
}

/** The world's decisions: how each was put and how it ended (never its text). */
export async function decisionsOfWorld(q: Q, exerciseId: string) {
  return q.selectFrom('decision_proposal').select(['id', 'kind', 'procedure', 'state', 'outcome', 'round', 'created_at', 'decided_at']).where('exercise_id', '=', exerciseId).orderBy('created_at').execute()
}
