import type { DomainEvent } from '../bus/event'

/** Where committed events go: the bus (in-process or NATS) behind the outbox. */
export interface EventSink {
  publish(events: DomainEvent[]): Promise<void>
}

/** Collects published events in memory: the default for tests that watch what a use case emits. */
export class RecordingSink implements EventSink {
  readonly events: DomainEvent[] = []
  async publish(events: DomainEvent[]): Promise<void> {
    this.events.push(...events)
  }
}
