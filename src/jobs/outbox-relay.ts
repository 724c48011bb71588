/**
 * The outbox relay: publishes the outbox rows that their own after-commit publisher
 * (bus/outbox-publisher.ts) left behind, because its process died or the bus was down.
 * Rows are claimed, so several hub processes can run it at once.
 */
import type { OutboxDeps } from '../bus/outbox-publisher'
import { relayUnpublished } from '../store/outbox'

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
