/**
 * The event history behind the live feed: what a subscriber missed, read through the TLP rule
 * in SQL, and where the history ends.
 */
import type { DomainEvent } from '../../bus/event'
import { eventsAfter, latestSeq } from '../../store/outbox'
import type { Scope } from '../../tlp'
import type { Deps } from '../deps'

export const feed = {
  /** Up to `limit` events after `afterSeq`, oldest first, narrowed to `scope` (when given) in the query. */
  eventsAfter: (deps: Deps, afterSeq: number, limit: number, scope?: Scope): Promise<DomainEvent[]> =>
    eventsAfter(deps.db, afterSeq, limit, scope),
  latestSeq: (deps: Deps): Promise<number> => latestSeq(deps.db),
}
