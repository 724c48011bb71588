import type { DomainEvent } from '../bus/event'
import type { FetchAfter } from './fanout'

/**
 * Turns what the bus delivers (at least once, and across processes not always in seq order)
 * into one stream in seq order with no gap and no repeat, which is what lets a client resume
 * "after the last seq I saw". The outbox gives seq in commit order, and an event is published
 * only after its commit, so when event n arrives every event before n is already committed:
 * a hole before n is filled from the outbox, and copies of events already passed are dropped.
 *
 * The returned handler must be called for one event at a time (both buses do so).
 */
export function createSequencer(startAfter: number, fetchAfter: FetchAfter, emit: (event: DomainEvent) => void): (event: DomainEvent) => Promise<void> {
  let last = startAfter
  const pass = (event: DomainEvent) => {
    last = event.seq
    emit(event)
  }
  return async (event) => {
    if (event.seq <= last) return
    if (event.seq === last + 1) return pass(event)
    while (last < event.seq) {
      const page = await fetchAfter(last)
      // Only a hole left by a rolled-back sequence value makes the outbox end before the event.
      if (page.length === 0) return pass(event)
      for (const e of page) if (e.seq > last) pass(e)
    }
  }
}
