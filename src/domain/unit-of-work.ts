/**
 * Every use case runs as one unit: one transaction, its audit entries and its outbox events in
 * it, and the events published only after the commit succeeded.
 */
import type { DomainEvent } from '../bus/event'
import { appendEvent, type EventInput } from '../store/outbox'
import { inTx, type Tx } from '../store/tx'
import { appendAudit } from './audit/audit.store'
import type { Deps } from './deps'
import type { Actor } from './members/members'

export interface Unit {
  tx: Tx
  /** The time of this unit of work: every row it writes carries the same instant. */
  now: Date
  at: string
  audit(actor: Actor | 'system', action: string, subject: string, detail?: Record<string, unknown>): Promise<void>
  emit<P>(e: EventInput<P>): Promise<DomainEvent<P>>
}

export async function unitOfWork<T>(deps: Deps, fn: (u: Unit) => Promise<T>): Promise<T> {
  const now = deps.clock.now()
  const at = now.toISOString()
  const emitted: DomainEvent[] = []
  const result = await inTx(deps.db, async (tx) =>
    fn({
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
        const ev = await appendEvent(tx, at, e)
        emitted.push(ev)
        return ev
      },
    }),
  )
  if (emitted.length > 0) await deps.events.publish(emitted)
  return result
}
