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
