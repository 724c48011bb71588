/**
 * Use cases run inside another unit of work: an inject acts through the capabilities' own services
 * (reportIncident, createRequest …), and its effect must commit or roll back together with the
 * release that claims it, so that an inject acts exactly once. The services open their own unit
 * (`unitOfWork(deps, …)`); given these deps, that unit joins the open transaction instead, and the
 * events it writes to the outbox are published once the outer unit has committed.
 */
import type { DomainEvent } from '../../bus/event'
import type { Db } from '../../store/db'
import type { Deps } from '../deps'
import type { Unit } from '../unit-of-work'

export interface DepsInUnit {
  deps: Deps
  /** Publishes what the nested use cases wrote; call once the outer unit has committed. */
  publish(): Promise<void>
}

export function depsInUnit(deps: Deps, u: Unit): DepsInUnit {
  const tx = u.tx
  const db: Db = new Proxy(tx, {
    get(target, prop) {
      // A nested transaction is the open one.
      if (prop === 'transaction') return () => ({ execute: <T>(fn: (t: Db) => Promise<T>) => fn(db) })
      const v = Reflect.get(target, prop, target) as unknown
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
    },
  }) as unknown as Db
  const held: DomainEvent[] = []
  const { intelBulk: _bulk, ...rest } = deps
  return {
    deps: { ...rest, db, clock: { now: () => u.now }, events: { publish: async (events) => void held.push(...events) } },
    publish: async () => {
      if (held.length > 0) await deps.events.publish(held.splice(0))
    },
  }
}
