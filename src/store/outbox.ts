/**
 * The outbox: every event others should hear of is written in the transaction of its change,
 * then published after commit. Rows not yet marked published are re-published by the relay
 * (a crash between commit and publish loses nothing; handlers are idempotent by event id).
 */
import type { Selectable } from 'kysely'
import type { DomainEvent } from '../bus/event'
import { newId } from '../core/ids'
import type { Marking } from '../tlp/marking'
import type { Db } from './db'
import { loadMarkings } from './marking.store'
import type { OutboxEventTable } from './schema'
import type { Tx } from './tx'

export interface EventInput<P = unknown> {
  type: string
  markingId: string
  marking: Marking
  exerciseId?: string | null
  subject?: DomainEvent['subject']
  payload: P
}

export async function appendEvent<P>(tx: Tx, at: string, e: EventInput<P>): Promise<DomainEvent<P>> {
  const id = newId()
  const row = await tx
    .insertInto('outbox_event')
    .values({
      id,
      type: e.type,
      at,
      marking_id: e.markingId,
      exercise_id: e.exerciseId ?? null,
      subject: JSON.stringify(e.subject ?? {}),
      payload: JSON.stringify(e.payload),
      published_at: null,
    })
    .returning('seq')
    .executeTakeFirstOrThrow()
  return { id, seq: Number(row.seq), type: e.type, at, marking: e.marking, exerciseId: e.exerciseId ?? null, subject: e.subject ?? {}, payload: e.payload }
}

async function toEvents(db: Db | Tx, rows: Selectable<OutboxEventTable>[]): Promise<DomainEvent[]> {
  const markings = await loadMarkings(db, rows.map((r) => r.marking_id))
  return rows.map((r) => ({
    id: r.id,
    seq: Number(r.seq),
    type: r.type,
    at: r.at,
    marking: markings.get(r.marking_id)!,
    exerciseId: r.exercise_id,
    subject: JSON.parse(r.subject) as DomainEvent['subject'],
    payload: JSON.parse(r.payload) as unknown,
  }))
}

/** Events after `afterSeq`, oldest first (live-feed resume; the caller filters by TLP). */
export async function eventsAfter(db: Db, afterSeq: number, limit: number): Promise<DomainEvent[]> {
  const rows = await db.selectFrom('outbox_event').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute()
  return toEvents(db, rows)
}

export async function unpublishedEvents(db: Db, olderThan: string, limit: number): Promise<DomainEvent[]> {
  const rows = await db.selectFrom('outbox_event').selectAll().where('published_at', 'is', null).where('at', '<', olderThan).orderBy('seq').limit(limit).execute()
  return toEvents(db, rows)
}

export async function markPublished(db: Db, ids: readonly string[], at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable('outbox_event').set({ published_at: at }).where('id', 'in', ids.slice(i, i + 500)).where('published_at', 'is', null).execute()
  }
}
