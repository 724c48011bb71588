import { notFound } from '../../../core/errors'
import type { Deps } from '../../deps'
import { scopeOfActor, type Actor } from '../../members'
import { unitOfWork } from '../../unit-of-work'
import { requireIntel } from '../intel.permissions'
import { summarize, emptySummary, type SightingSummary } from './sightings'
import { visibleObject, visibleSightingsOf } from './sightings.store'

/** Levels whose reads are audited (who read what, when). */
export const AUDITED_TLP = new Set(['AMBER+STRICT', 'RED'])

/**
 * The sightings of one object: count, first and last seen, and where, from the sightings the
 * caller may see (in the caller's world). An object the caller may not see is
 * "not found", whatever sightings of it exist.
 *
 * @example sightingsOf(deps, actor, 'indicator--…') -> { objectId, count: 12, sightings: 3, firstSeen, lastSeen, where }
 */
export async function sightingsOf(deps: Deps, actor: Actor, objectId: string): Promise<SightingSummary & { objectId: string }> {
  requireIntel(actor, 'read')
  const scope = scopeOfActor(actor)
  const head = await visibleObject(deps.db, scope, objectId)
  if (!head) throw notFound('Intel object')
  const rows = await visibleSightingsOf(deps.db, scope, [objectId])
  const summary = summarize(rows.map((r) => r.json)).get(objectId) ?? emptySummary()
  if (AUDITED_TLP.has(head.tlp) || rows.some((r) => AUDITED_TLP.has(r.tlp))) {
    await unitOfWork(deps, (u) => u.audit(actor, 'intel.sightings.read', objectId, { sightings: summary.sightings }))
  }
  return { objectId, ...summary }
}
