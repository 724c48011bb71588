import type { StixObject } from '../../../formats/stix'

/** The object ids a relationship or sighting is built from. */
export function derivedFrom(o: StixObject): string[] {
  const ids = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
  if (o.type === 'relationship') return [...ids(o.source_ref), ...ids(o.target_ref)]
  if (o.type === 'sighting') return [...ids(o.sighting_of_ref), ...ids(o.observed_data_refs), ...ids(o.where_sighted_refs)]
  return []
}
