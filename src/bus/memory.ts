import pino from 'pino'
import { assertRoutableType, type Bus, type BusLogger, type EventHandler } from './bus'
import type { DomainEvent } from './event'
import { createSeenIds, type SeenIds } from './seen-ids'

export interface MemoryBusOptions {
  logger?: BusLogger
  /** How long a failed handler waits before it sees the event again. */
  retryDelayMs?: number
  /** Deliveries of one event to one handler before it is given up (and logged). */
  maxAttempts?: number
  /** Event ids each handler remembers, to skip one published twice. */
  seenCapacity?: number
}

interface Subscription {
  handler: EventHandler
  seen: SeenIds
  queue: DomainEvent[]
  attempts: Map<string, number>
  retries: Set<NodeJS.Timeout>
  draining: Promise<void> | null
}

/**
 * The embedded bus: one process, no durability (the outbox is the durable record). Each handler
 * has its own queue, so a slow or failing handler delays nobody else, and sees events in publish
 * order; a failure is retried later, like a redelivery from JetStream.
 */
export function createMemoryBus(options: MemoryBusOptions = {}): Bus {
  const logger = options.logger ?? pino({ name: 'bus' })
  const retryDelayMs = options.retryDelayMs ?? 1_000
  const maxAttempts = options.maxAttempts ?? 5
  const seenCapacity = options.seenCapacity ?? 10_000
  const subscriptions = new Set<Subscription>()
  let closed = false

  const handleOne = async (sub: Subscription, event: DomainEvent): Promise<void> => {
    if (sub.seen.has(event.id)) return
    const attempt = (sub.attempts.get(event.id) ?? 0) + 1
    try {
      await sub.handler(event)
      sub.seen.add(event.id)
      sub.attempts.delete(event.id)
    } catch (err) {
      const givingUp = attempt >= maxAttempts
      logger.warn({ err, eventId: event.id, type: event.type, attempt, givingUp }, 'event handler failed')
      if (givingUp) {
        sub.attempts.delete(event.id)
        return
      }
      sub.attempts.set(event.id, attempt)
      const timer = setTimeout(() => {
        sub.retries.delete(timer)
        if (subscriptions.has(sub)) enqueue(sub, [event])
      }, retryDelayMs)
      sub.retries.add(timer)
    }
  }

  const drain = async (sub: Subscription): Promise<void> => {
    while (sub.queue.length > 0) await handleOne(sub, sub.queue.shift()!)
    // Cleared in the same tick as the emptiness check, so an enqueue never finds a stale pump.
    sub.draining = null
  }

  function enqueue(sub: Subscription, events: readonly DomainEvent[]): void {
    sub.queue.push(...events)
    sub.draining ??= drain(sub)
  }

  const stop = async (sub: Subscription): Promise<void> => {
    subscriptions.delete(sub)
    for (const t of sub.retries) clearTimeout(t)
    sub.retries.clear()
    await sub.draining
  }

  return {
    async publish(events) {
      if (closed) throw new Error('bus is closed')
      for (const e of events) assertRoutableType(e.type)
      for (const sub of subscriptions) enqueue(sub, events)
    },
    async subscribe(handler) {
      if (closed) throw new Error('bus is closed')
      const sub: Subscription = {
        handler,
        seen: createSeenIds(seenCapacity),
        queue: [],
        attempts: new Map(),
        retries: new Set(),
        draining: null,
      }
      subscriptions.add(sub)
      return () => stop(sub)
    },
    async close() {
      closed = true
      await Promise.all([...subscriptions].map(stop))
    },
  }
}
