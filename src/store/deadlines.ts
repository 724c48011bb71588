/**
 * Deadlines are rows: armed in the transaction that creates the reason for them, so they survive
 * restarts, and fired by the job runner (src/jobs/deadlines.ts) in the transaction of their effect.
 */
import type { Selectable } from 'kysely'
import { newId } from '../core/ids'
import type { Db } from './db'
import type { DeadlineTable } from './schema'
import type { Tx } from './tx'

export type DeadlineRow = Selectable<DeadlineTable>

export async function armDeadline(tx: Tx, kind: string, subjectId: string, dueAt: string): Promise<string> {
  const id = newId()
  await tx.insertInto('deadline').values({ id, kind, subject_id: subjectId, due_at: dueAt, fired_at: null, claimed_by: null, claimed_until: null }).execute()
  return id
}

/** Disarms what has not fired for a subject (its reason went away): they never fire. */
export async function disarmDeadlines(tx: Tx, subjectId: string, at: string): Promise<void> {
  await tx.updateTable('deadline').set({ fired_at: at, claimed_by: 'disarmed' }).where('subject_id', '=', subjectId).where('fired_at', 'is', null).execute()
}

/** The earliest due time not yet fired, for the runner's timer. */
export async function nextDueAt(db: Db): Promise<string | null> {
  const r = await db.selectFrom('deadline').select((eb) => eb.fn.min('due_at').as('due')).where('fired_at', 'is', null).executeTakeFirst()
  return (r?.due as string | null | undefined) ?? null
}

/** After a failed effect (rolled back), leave the row alone until `until`, so one bad row does not spin. */
export async function holdDeadline(db: Db, id: string, owner: string, until: string): Promise<void> {
  await db.updateTable('deadline').set({ claimed_by: owner, claimed_until: until }).where('id', '=', id).where('fired_at', 'is', null).execute()
}

/** The kinds of every deadline still armed: what the runner must know how to fire before it starts. */
export async function armedKinds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('deadline').select('kind').distinct().where('fired_at', 'is', null).orderBy('kind').execute()
  return rows.map((r) => r.kind)
}
