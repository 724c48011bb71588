/**
 * Outbox → bus. After a commit the unit of work hands its events to `outboxPublisher`, which
 * publishes them and marks their rows published. If the process dies in between, or the bus is
 * down, the rows stay unpublished and the relay, in whichever process claims them first,
 * publishes them a few seconds later. Either path may publish an event twice; handlers are
 * idempotent by event id.
 */
import type { Bus, BusLogger } from '../bus/bus'
import type { Clock } from '../core/clock'
import type { EventSink } from '../domain/events'
import type { Db } from '../store/db'
import { markPublished, relayUnpublished } from '../store/outbox'

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

export interface RelayOptions {
  /** Rows younger than this are left to their own publisher, which is most likely still at it. */
  graceMs?: number
  intervalMs?: number
  batchSize?: number
}

export interface OutboxRelay {
  /** One pass: publishes every claimable stale row; returns how many. */
  runOnce(): Promise<number>
  stop(): Promise<void>
}

export function startOutboxRelay(deps: OutboxDeps, opts: RelayOptions = {}): OutboxRelay {
  const graceMs = opts.graceMs ?? 5_000
  const intervalMs = opts.intervalMs ?? 2_000
  const batchSize = opts.batchSize ?? 500
  const now = () => deps.clock.now().toISOString()

  const runOnce = async (): Promise<number> => {
    const olderThan = new Date(deps.clock.now().getTime() - graceMs).toISOString()
    let total = 0
    for (;;) {
      const n = await relayUnpublished(deps.db, olderThan, batchSize, now, (events) => deps.bus.publish(events))
      total += n
      if (n < batchSize) return total
    }
  }

  let running: Promise<unknown> | null = null
  const timer = setInterval(() => {
    // A pass still going (a slow bus) is not joined by a second one.
    running ??= runOnce()
      .catch((err: unknown) => deps.logger.warn({ err }, 'outbox relay pass failed'))
      .finally(() => (running = null))
  }, intervalMs)
  timer.unref()
  return {
    runOnce,
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
