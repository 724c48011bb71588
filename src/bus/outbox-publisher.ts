/**
 * Outbox → bus, right after a commit. The unit of work hands its committed events to
 * `outboxPublisher`, which publishes them and marks their rows published. If the process dies in
 * between, or the bus is down, the rows stay unpublished and the outbox relay
 * (jobs/outbox-relay.ts), in whichever process claims them first, publishes them a few seconds
 * later. Either path may publish an event twice; handlers are idempotent by event id.
 */
import type { Clock } from '../core/clock'
import type { EventSink } from '../domain/events'
import type { Db } from '../store/db'
import { markPublished } from '../store/outbox'
import type { Bus, BusLogger } from './bus'

/** What both paths from the outbox to the bus need. */
export interface OutboxDeps {
  db: Db
  bus: Bus
  clock: Clock
  logger: BusLogger
}

export function outboxPublisher({ db, bus, clock, logger }: OutboxDeps): EventSink {
  return {
    async publish(events) {
      // The change is committed: a failure here is the relay's to repair, not the caller's.
      try {
        await bus.publish(events)
        await markPublished(db, events.map((e) => e.id), clock.now().toISOString())
      } catch (err) {
        logger.warn({ err, events: events.length }, 'publish after commit failed: the outbox relay will retry')
      }
    },
  }
}
