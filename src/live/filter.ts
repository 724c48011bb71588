import type { DomainEvent } from '../bus/event'

/**
 * What a live-feed subscriber asked for. Every given field must match; visibility is decided
 * separately (the fanout's `canDeliver`), so a filter can only narrow, never widen.
 */
export interface LiveFilter {
  /** Event types, exact (`incident.updated`) or by prefix (`incident.*`); absent or empty: all. */
  types?: readonly string[]
  incidentId?: string
  requestId?: string
  /**
   * The exercise this subscriber watches; absent or null: real traffic only. Exercise events
   * never reach a real-traffic feed, and the reverse.
   */
  exerciseId?: string | null
}

const typeMatches = (pattern: string, type: string): boolean =>
  pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type

export function matchesFilter(filter: LiveFilter, event: DomainEvent): boolean {
  if ((filter.exerciseId ?? null) !== event.exerciseId) return false
  if (filter.incidentId !== undefined && event.subject.incidentId !== filter.incidentId) return false
  if (filter.requestId !== undefined && event.subject.requestId !== filter.requestId) return false
  const types = filter.types ?? []
  return types.length === 0 || types.some((p) => typeMatches(p, event.type))
}
