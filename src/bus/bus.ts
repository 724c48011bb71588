import type { DomainEvent } from './event'

/** What a subscriber does with one event. Throwing (or rejecting) asks for a later redelivery. */
export type EventHandler = (event: DomainEvent) => Promise<void> | void

/** A pino-compatible sink for the failures a bus survives (a handler throwing, a bad message). */
export interface BusLogger {
  warn(obj: object, msg: string): void
}

/**
 * How domain events leave the outbox and reach every hub process.
 *
 * Delivery is at least once at the transport and exactly once per handler within a process: a
 * handler that throws sees the event again later, a handler that succeeded never sees the same
 * event id twice (bounded memory of recent ids). Events published in one `publish` call, and
 * successive calls from one publisher, reach each handler in that order unless a handler fails
 * and the event is retried after the ones that followed it.
 */
export interface Bus {
  /** Resolves once every event is accepted (stored, for a durable bus). */
  publish(events: readonly DomainEvent[]): Promise<void>
  /** Resolves once the subscription receives; the returned function ends it. */
  subscribe(handler: EventHandler): Promise<() => Promise<void>>
  /** Stops accepting, lets in-flight handlers finish, and releases the transport. */
  close(): Promise<void>
}

const SUBJECT_TOKEN = /^[A-Za-z0-9_-]+$/

/**
 * Event types become subject tokens on a message bus, so they are held to what every transport
 * accepts: dot-separated words, no wildcards or spaces.
 */
export function assertRoutableType(type: string): void {
  if (!type.split('.').every((t) => SUBJECT_TOKEN.test(t))) {
    throw new Error(`event type ${JSON.stringify(type)} must be dot-separated words of letters, digits, _ or -`)
  }
}
