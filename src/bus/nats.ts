import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  jetstream,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type ConsumerMessages,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream'
import { connect, nanos } from '@nats-io/transport-node'
import pino from 'pino'
import { assertRoutableType, type Bus, type BusLogger, type EventHandler } from './bus'
import type { DomainEvent } from './event'
import { createSeenIds, type SeenIds } from './seen-ids'

export interface NatsBusOptions {
  url: string
  stream?: string
  subjectPrefix?: string
  /**
   * The durable consumer of this hub process. Stable across restarts of the same process (so it
   * resumes where it stopped), distinct between processes (so each one gets every event).
   */
  consumerName: string
  logger?: BusLogger
  /** How long the stream keeps events: long enough to ride out a restart, not an archive. */
  maxAgeMs?: number
  /** JetStream drops a message whose id it saw within this window. */
  dedupeWindowMs?: number
  redeliveryDelayMs?: number
  /** Deliveries of one event before it is given up (and logged). */
  maxDeliver?: number
  /** A consumer whose process has been gone this long is removed by the server. */
  consumerInactiveMs?: number
  seenCapacity?: number
}

const DAY_MS = 86_400_000

const isApiError = (err: unknown, code: number): boolean => err instanceof JetStreamApiError && err.code === code

interface Subscription {
  handler: EventHandler
  seen: SeenIds
}

interface Settings {
  stream: string
  prefix: string
  consumerName: string
  logger: BusLogger
  maxAgeMs: number
  dedupeWindowMs: number
  redeliveryDelayMs: number
  maxDeliver: number
  consumerInactiveMs: number
  seenCapacity: number
}

const settingsFrom = (o: NatsBusOptions): Settings => ({
  stream: o.stream ?? 'SHIELDWALL',
  prefix: o.subjectPrefix ?? 'shieldwall.events',
  consumerName: o.consumerName,
  logger: o.logger ?? pino({ name: 'bus' }),
  maxAgeMs: o.maxAgeMs ?? 7 * DAY_MS,
  dedupeWindowMs: o.dedupeWindowMs ?? 2 * 60_000,
  redeliveryDelayMs: o.redeliveryDelayMs ?? 1_000,
  maxDeliver: o.maxDeliver ?? 5,
  consumerInactiveMs: o.consumerInactiveMs ?? DAY_MS,
  seenCapacity: o.seenCapacity ?? 10_000,
})

async function ensureStream(jsm: JetStreamManager, s: Settings): Promise<void> {
  const subject = `${s.prefix}.>`
  try {
    const info = await jsm.streams.info(s.stream)
    if (!info.config.subjects?.includes(subject)) {
      throw new Error(`stream ${s.stream} exists but does not capture ${subject}`)
    }
    return
  } catch (err) {
    if (!isApiError(err, JetStreamApiCodes.StreamNotFound)) throw err
  }
  // Two processes starting together may both add: the same config is accepted twice.
  await jsm.streams.add({
    name: s.stream,
    subjects: [subject],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    max_age: nanos(s.maxAgeMs),
    duplicate_window: nanos(s.dedupeWindowMs),
  })
}

async function ensureConsumer(jsm: JetStreamManager, s: Settings): Promise<void> {
  try {
    await jsm.consumers.info(s.stream, s.consumerName)
    return
  } catch (err) {
    if (!isApiError(err, JetStreamApiCodes.ConsumerNotFound)) throw err
  }
  await jsm.consumers.add(s.stream, {
    durable_name: s.consumerName,
    filter_subject: `${s.prefix}.>`,
    // A new process starts at now: what happened before is replayed from the outbox, not the bus.
    deliver_policy: DeliverPolicy.New,
    ack_policy: AckPolicy.Explicit,
    max_deliver: s.maxDeliver,
    inactive_threshold: nanos(s.consumerInactiveMs),
  })
}

const decode = (m: JsMsg): DomainEvent => {
  const e = m.json<DomainEvent>()
  if (typeof e?.id !== 'string' || typeof e.type !== 'string' || typeof e.seq !== 'number') {
    throw new Error('message is not a domain event')
  }
  return e
}

/**
 * The scale-out bus over NATS JetStream, and the only module that knows NATS. Every process
 * publishes to `${prefix}.${type}` with the event id as `Nats-Msg-Id` (the server drops
 * republishes within the dedupe window) and consumes through its own durable consumer, acking an
 * event once every handler has it; ids each handler finished are remembered, so a redelivery
 * reaches only the handlers that failed.
 *
 * Async, unlike the memory bus: it connects and ensures the stream before returning, so a wrong
 * URL or a stream that captures other subjects fails at startup, not at the first event. The
 * durable consumer is created on the first `subscribe`, so publish-only processes leave none.
 */
export async function createNatsBus(options: NatsBusOptions): Promise<Bus> {
  const s = settingsFrom(options)
  const nc = await connect({ servers: options.url, name: `shieldwall ${s.consumerName}` })
  let jsm: JetStreamManager
  try {
    jsm = await jetstreamManager(nc)
    await ensureStream(jsm, s)
  } catch (err) {
    await nc.close()
    throw err
  }
  const js = jetstream(nc)
  const subscriptions = new Set<Subscription>()
  // A promise, so that two subscribers arriving together start one consumer, not two.
  let consuming: Promise<{ messages: ConsumerMessages; loop: Promise<void> }> | null = null
  let closed = false

  const runHandler = async (sub: Subscription, event: DomainEvent): Promise<boolean> => {
    if (sub.seen.has(event.id)) return true
    try {
      await sub.handler(event)
      sub.seen.add(event.id)
      return true
    } catch (err) {
      s.logger.warn({ err, eventId: event.id, type: event.type }, 'event handler failed')
      return false
    }
  }

  const handleMessage = async (m: JsMsg): Promise<void> => {
    let event: DomainEvent
    try {
      event = decode(m)
    } catch (err) {
      s.logger.warn({ err, subject: m.subject, streamSeq: m.seq }, 'dropping undecodable message')
      m.term()
      return
    }
    const results = await Promise.all([...subscriptions].map((sub) => runHandler(sub, event)))
    if (results.every(Boolean)) return m.ack()
    if (m.info.deliveryCount >= s.maxDeliver) {
      s.logger.warn({ eventId: event.id, type: event.type, deliveries: m.info.deliveryCount }, 'giving up on event')
      return m.term()
    }
    m.nak(s.redeliveryDelayMs)
  }

  const startConsuming = async () => {
    await ensureConsumer(jsm, s)
    const consumer = await js.consumers.get(s.stream, s.consumerName)
    const messages = await consumer.consume({ max_messages: 256 })
    const loop = (async () => {
      for await (const m of messages) await handleMessage(m)
    })()
    return { messages, loop }
  }

  const stopConsuming = async (): Promise<void> => {
    if (consuming === null) return
    const started = consuming
    consuming = null
    const { messages, loop } = await started
    await messages.close()
    await loop
  }

  return {
    async publish(events) {
      if (closed) throw new Error('bus is closed')
      for (const e of events) assertRoutableType(e.type)
      // Sent back to back on one connection, so the stream stores them in this order.
      await Promise.all(
        events.map((e) =>
          js.publish(`${s.prefix}.${e.type}`, JSON.stringify(e), { msgID: e.id, expect: { streamName: s.stream } }),
        ),
      )
    },
    async subscribe(handler) {
      if (closed) throw new Error('bus is closed')
      const sub: Subscription = { handler, seen: createSeenIds(s.seenCapacity) }
      subscriptions.add(sub)
      consuming ??= startConsuming()
      try {
        await consuming
      } catch (err) {
        subscriptions.delete(sub)
        consuming = null
        throw err
      }
      return async () => {
        subscriptions.delete(sub)
        // With nobody listening, unacked events stay on the durable consumer for the next one.
        if (subscriptions.size === 0) await stopConsuming()
      }
    },
    async close() {
      if (closed) return
      closed = true
      subscriptions.clear()
      await stopConsuming()
      await nc.drain()
    },
  }
}
