/**
 * The event history behind the live feed: what a subscriber missed, read through the TLP rule
 * in SQL, and where the history ends.
 */
import type { DomainEvent } from '../../bus/event'
import { eventsAfter, latestSeq, type EventScope } from '../../store/outbox'
import type { Deps } from '../deps'

export type { EventScope }

export const feed = {
  /** Up to `limit` events after `afterSeq`, oldest first, narrowed to `scope` in the query. */
  eventsAfter: (deps: Deps, afterSeq: number, limit: number, scope: EventScope = {}): Promise<DomainEvent[]> =>
    eventsAfter(deps.db, afterSeq, limit, scope),
  latestSeq: (deps: Deps): Promise<number> => latestSeq(deps.db),
}
