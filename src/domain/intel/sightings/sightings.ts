/** Aggregating STIX sightings: pure, over the sighting objects a viewer may see. */

export interface SightingSummary {
  /** Sum of the sightings' `count` (a sighting without one counts once). */
  count: number
  /** How many sighting objects went into the sum. */
  sightings: number
  firstSeen: string | null
  lastSeen: string | null
  /** Where it was sighted: the union of `where_sighted_refs` (identities or locations). */
  where: string[]
}

export const emptySummary = (): SightingSummary => ({ count: 0, sightings: 0, firstSeen: null, lastSeen: null, where: [] })

const timestamp = (v: unknown): string | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null)

/** Folds one sighting (parsed STIX) into a summary. Times are compared as instants. */
export function addSighting(s: SightingSummary, sighting: Record<string, unknown>): void {
  const count = sighting.count
  s.count += typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 1
  s.sightings += 1
  const first = timestamp(sighting.first_seen) ?? timestamp(sighting.last_seen)
  const last = timestamp(sighting.last_seen) ?? first
  if (first !== null && (s.firstSeen === null || Date.parse(first) < Date.parse(s.firstSeen))) s.firstSeen = first
  if (last !== null && (s.lastSeen === null || Date.parse(last) > Date.parse(s.lastSeen))) s.lastSeen = last
  const where = sighting.where_sighted_refs
  if (Array.isArray(where)) for (const ref of where) if (typeof ref === 'string' && !s.where.includes(ref)) s.where.push(ref)
}

/** Summaries by sighted object id, from sighting rows' JSON. */
export function summarize(jsonRows: readonly string[]): Map<string, SightingSummary> {
  const out = new Map<string, SightingSummary>()
  for (const json of jsonRows) {
    const s = JSON.parse(json) as Record<string, unknown>
    const of = s.sighting_of_ref
    if (typeof of !== 'string') continue
    const summary = out.get(of) ?? out.set(of, emptySummary()).get(of)!
    addSighting(summary, s)
  }
  return out
}
