/**
 * Every use case runs as one unit: one transaction, its audit entries and its outbox events in
 * it, and the events published only after the commit succeeded.
 */
import { assertRoutableType } from '../bus/bus'
import type { DomainEvent } from '../bus/event'
import { appendEvents, pendingEvent, type EventInput, type PendingEvent } from '../store/outbox'
import { inTx, type Tx } from '../store/tx'
import { appendAudit } from './audit'
import type { Deps } from './deps'
import type { EventMap } from './event-map'
import type { Actor } from './members'

/**
 * An emitted event as the use case sees it: its id is known at once, its outbox `seq` only once
 * the unit's events are written, at the end of the transaction (see appendEvents).
 */
export type EmittedEvent<P = unknown> = Omit<DomainEvent<P>, 'seq'>

/**
 * Event type → payload type. The hub's map by default; only tests and benchmarks, which emit
 * events of their own invention, pass `UncheckedEvents`.
 */
export type EventPayloads = object
export type UncheckedEvents = Record<string, unknown>

/** An event to emit: its type one of the map's, its payload that type's (checked when compiled). */
export type TypedEventInput<T extends keyof M & string, M extends EventPayloads = EventMap> = Omit<EventInput<M[T]>, 'type'> & { type: T }

export interface Unit<M extends EventPayloads = EventMap> {
  tx: Tx
  /** The time of this unit of work: every row it writes carries the same instant. */
  now: Date
  at: string
  audit(actor: Actor | 'system', action: string, subject: string, detail?: Record<string, unknown>): Promise<void>
  emit<T extends keyof M & string>(e: TypedEventInput<T, M>): Promise<EmittedEvent<M[T]>>
}

export async function unitOfWork<T, M extends EventPayloads = EventMap>(deps: Deps, fn: (u: Unit<M>) => Promise<T>): Promise<T> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const pending: PendingEvent[] = []
  let written: DomainEvent[] = []
  const result = await inTx(deps.db, async (tx) => {
    const value = await fn({
      tx,
      now,
      at,
      audit: async (actor, action, subject, detail) => {
        await appendAudit(tx, at, {
          actor: actor === 'system' ? 'system' : actor.userId,
          actorOrg: actor === 'system' ? null : actor.orgId,
          action,
          subject,
          detail: detail ?? {},
        })
      },
      emit: async (e) => {
        // Checked here, so that an event no bus could route fails the change, not the publish.
        assertRoutableType(e.type)
        const ev = pendingEvent(at, e)
        pending.push(ev)
        const { markingId: _markingId, ...emitted } = ev
        return emitted as EmittedEvent<M[typeof e.type]>
      },
    })
    // Last, so that the outbox's ordering lock is held only from this insert to the commit.
    written = await appendEvents(tx, pending)
    // What the events cause (notifications) commits with them, or not at all.
    if (deps.onEventsWritten && written.length > 0) await deps.onEventsWritten(tx, now, written)
    return value
  })
  if (written.length > 0) await deps.events.publish(written)
  return result
}
