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
   * The world this subscriber watches: an exercise, or real traffic when absent or null. Not a
   * narrowing like the others but the subscriber's scope: the wall is enforced with the TLP
   * decision, in one place (live-feed.ts, canDeliver), so that no filter can lift it.
   */
  exerciseId?: string | null
}

const typeMatches = (pattern: string, type: string): boolean =>
  pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type

/**
 * The filter as one predicate, built once per subscriber: the fanout runs it for every
 * subscriber on every event, so it allocates nothing and skips the tests not asked for.
 */
export function compileFilter(filter: LiveFilter): (event: DomainEvent) => boolean {
  const { incidentId, requestId } = filter
  const types = [...(filter.types ?? [])]
  return (event) =>
    (incidentId === undefined || event.subject.incidentId === incidentId) &&
    (requestId === undefined || event.subject.requestId === requestId) &&
    (types.length === 0 || types.some((p) => typeMatches(p, event.type)))
}
