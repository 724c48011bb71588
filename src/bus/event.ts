import type { Marking } from '../tlp/marking'

/**
 * A domain event as it leaves the outbox. `seq` is the outbox order (the resume point for live
 * feeds); `id` is globally unique and makes every handler idempotent under at-least-once delivery.
 * The payload is already cut to what the marking's audience may see.
 */
export interface DomainEvent<P = unknown> {
  id: string
  seq: number
  type: string
  at: string
  marking: Marking
  exerciseId: string | null
  subject: { incidentId?: string; requestId?: string; objectId?: string }
  payload: P
}
