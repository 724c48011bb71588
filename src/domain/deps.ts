import type { Clock } from '../core/clock'
import type { Db } from '../store/db'

/** What a use case needs from the world: the database and the time. */
export interface Deps {
  db: Db
  clock: Clock
}
