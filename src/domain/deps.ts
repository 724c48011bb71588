import type { Clock } from '../core/clock'
import type { Db } from '../store/db'
import type { EventSink } from './events'
import type { CorrelationSettings } from './intel/correlation/settings'

/** What a use case needs from the world: the database, the time, and where events go. */
export interface Deps {
  db: Db
  clock: Clock
  events: EventSink
  /** Correlation cap and warning lists; absent: the defaults (cap 100, the shipped lists). */
  correlation?: CorrelationSettings
}
