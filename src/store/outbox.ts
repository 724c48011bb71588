/**
 * The outbox: every event others should hear of is written in the transaction of its change,
 * then published after commit. Rows not yet marked published are re-published by the relay
 * (a crash between commit and publish loses nothing; handlers are idempotent by event id).
 */
import { sql, type Selectable } from 'kysely'
import type { DomainEvent } from '../bus/event'
import { newId } from '../core/ids'
import type { Marking } from '../tlp/marking'
import type { Scope } from '../tlp/scope'
import { scopeVisibleTo } from '../tlp/sql-filter'
import { dialectOf, type Db } from './db'
import { loadMarkings } from './marking.store'
import type { OutboxEventTable } from './schema'
import type { Tx } from './tx'

export interface EventInput<P = unknown> {
  type: string
  markingId: string
  marking: Marking
  /** The world the event belongs to (null: the real world); required, so that no change forgets its exercise. */
  exerciseId: string | null
  subject?: DomainEvent['subject']
  payload: P
}

/** An event before its row is written: everything but its place in the outbox. */
export type PendingEvent<P = unknown> = Omit<DomainEvent<P>, 'seq'> & { markingId: string }

export const pendingEvent = <P>(at: string, e: EventInput<P>): PendingEvent<P> => ({
  id: newId(),
  type: e.type,
  at,
  marking: e.marking,
  markingId: e.markingId,
  exerciseId: e.exerciseId ?? null,
  subject: e.subject ?? {},
  payload: e.payload,
})

/** Any constant shared by every hub process: the key of the outbox's ordering lock. */
const OUTBOX_ORDER_LOCK = 0x53_57_00_01

/**
 * Writes events in the caller's transaction, which should commit right after. PostgreSQL hands
 * out a bigserial at insert, not at commit, so two transactions could commit their events out of
 * seq order, and a live feed resuming "after seq n" would skip the one that committed late. A
 * transaction-scoped advisory lock taken just before the insert, and released by the commit,
 * makes seq order the commit order. SQLite has a single writer already.
 */
export async function appendEvents(tx: Tx, events: readonly PendingEvent[]): Promise<DomainEvent[]> {
  if (events.length === 0) return []
  if (dialectOf(tx) === 'postgres') await sql`select pg_advisory_xact_lock(${OUTBOX_ORDER_LOCK})`.execute(tx)
  const seqs = new Map<string, number>()
  for (let i = 0; i < events.length; i += 500) {
    const rows = await tx
      .insertInto('outbox_event')
      .values(
        events.slice(i, i + 500).map((e) => ({
          id: e.id,
          type: e.type,
          at: e.at,
          marking_id: e.markingId,
          exercise_id: e.exerciseId,
          subject: JSON.stringify(e.subject),
          payload: JSON.stringify(e.payload),
          published_at: null,
        })),
      )
      .returning(['id', 'seq'])
      .execute()
    for (const r of rows) seqs.set(r.id, Number(r.seq))
  }
  return events.map(({ markingId: _markingId, ...e }) => ({ ...e, seq: seqs.get(e.id)! }))
}

/** One event, written at once (the unit of work batches them at its end instead). */
export async function appendEvent<P>(tx: Tx, at: string, e: EventInput<P>): Promise<DomainEvent<P>> {
  const [event] = await appendEvents(tx, [pendingEvent(at, e)])
  return event as DomainEvent<P>
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

/**
 * Events after `afterSeq`, oldest first: those in `scope` (its world, visible to its viewer) for a
 * subscriber's resume; every event of every world when no scope is given (the hub's own gap filling).
 */
export async function eventsAfter(db: Db, afterSeq: number, limit: number, scope?: Scope): Promise<DomainEvent[]> {
  let q = db.selectFrom('outbox_event').selectAll().where('seq', '>', afterSeq)
  if (scope !== undefined) q = q.where(scopeVisibleTo('outbox_event.marking_id', 'outbox_event.exercise_id', scope))
  return toEvents(db, await q.orderBy('seq').limit(limit).execute())
}

/** One event by id, whatever its world (for the hub's own jobs, which apply the visibility rule themselves). */
export async function eventById(db: Db | Tx, id: string): Promise<DomainEvent | null> {
  const rows = await db.selectFrom('outbox_event').selectAll().where('id', '=', id).execute()
  return (await toEvents(db, rows))[0] ?? null
}

/** The seq of the newest event, 0 when there is none: where a live feed starts. */
export async function latestSeq(db: Db): Promise<number> {
  const row = await db.selectFrom('outbox_event').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst()
  return Number(row?.seq ?? 0)
}

export async function unpublishedEvents(db: Db, olderThan: string, limit: number): Promise<DomainEvent[]> {
  const rows = await db.selectFrom('outbox_event').selectAll().where('published_at', 'is', null).where('at', '<', olderThan).orderBy('seq').limit(limit).execute()
  return toEvents(db, rows)
}

export async function markPublished(db: Db | Tx, ids: readonly string[], at: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db.updateTable('outbox_event').set({ published_at: at }).where('id', 'in', ids.slice(i, i + 500)).where('published_at', 'is', null).execute()
  }
}

/**
 * Claims up to `limit` events left unpublished since before `olderThan` (their publisher died
 * between commit and publish), hands them to `publish`, and marks them published, all in one
 * transaction. On PostgreSQL the rows are locked with SKIP LOCKED, so relays of several
 * processes share the work instead of publishing the same rows together; a relay that dies
 * releases its claim with its connection. Returns how many were published.
 */
export async function relayUnpublished(
  db: Db,
  olderThan: string,
  limit: number,
  publishedAt: () => string,
  publish: (events: DomainEvent[]) => Promise<void>,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    let q = tx.selectFrom('outbox_event').selectAll().where('published_at', 'is', null).where('at', '<', olderThan).orderBy('seq').limit(limit)
    if (dialectOf(tx) === 'postgres') q = q.forUpdate().skipLocked()
    const rows = await q.execute()
    if (rows.length === 0) return 0
    const events = await toEvents(tx, rows)
    await publish(events)
    await markPublished(tx, events.map((e) => e.id), publishedAt())
    return events.length
  })
}
