import type { DomainEvent } from '../bus/event'
import type { Clock } from '../core/clock'
import type { Db } from '../store/db'
import type { IntelBulk } from '../store/intel-bulk'
import type { Tx } from '../store/tx'
import type { EventSink } from './events'
import type { CorrelationSettings } from './intel'

/** What a use case needs from the world: the database, the time, and where events go. */
export interface Deps {
  db: Db
  clock: Clock
  events: EventSink
  /** How many providers an assistance request is offered to at once (OFFER_PARALLEL); default 3. */
  offerParallel?: number
  /** The dialect's fast ingest path for intel (built by the composition root); absent: the portable query-builder path. */
  intelBulk?: IntelBulk
  /** Correlation cap and warning lists; absent: the defaults (cap 100, the shipped lists). */
  correlation?: CorrelationSettings
  /**
   * Called in the unit of work's transaction with the events it has just written (the
   * notifications they cause are written there too: notify/derive.ts); absent: nothing derived.
   */
  onEventsWritten?: (tx: Tx, now: Date, events: readonly DomainEvent[]) => Promise<void>
}
