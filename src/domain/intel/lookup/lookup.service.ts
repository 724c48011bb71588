import { badRequest, unprocessable } from '../../../core/errors'
import type { Scope, Tlp } from '../../../tlp'
import type { Deps } from '../../deps'
import { inExercise, nameIn, namesOf, scopeOfActor, type Actor } from '../../members'
import { unitOfWork } from '../../unit-of-work'
import { correlationSettings } from '../correlation'
import { normalizeLookupValue, refangValue } from '../../../formats/observables'
import { anySightings, AUDITED_TLP, emptySummary, summarize, visibleSightingsOf, type SightingSummary } from '../sightings'
import { MAX_LOOKUP_VALUES, MAX_MATCHES_PER_KEY, type LookupInput, type LookupMatch, type LookupResult } from './lookup.schema'
import { KEY_BATCH, visibleMatches, type MatchRow } from './lookup.store'
import { requireIntel } from '../intel.permissions'

/**
 * Bulk lookup: for each value, the index keys it normalizes to and the objects holding them that
 * the caller may see (latest versions, with their sightings). Invisible matches are not reported
 * in any form, not even as a count: unlike a correlation, which is raised by sharing an object
 * and tells the holder too, a lookup is a silent question, and answering "something you may not
 * read holds this" would let any member probe what others hold under AMBER or RED.
 * Reads of AMBER+STRICT and RED objects are audited.
 *
 * @example lookupValues(deps, actor, { values: ['185.220.101.4', 'EVIL.example.com'] })
 */
export async function lookupValues(deps: Deps, actor: Actor, input: LookupInput): Promise<LookupResult> {
  requireIntel(actor, 'read')
  if (input.includeInvisible === true) {
    throw unprocessable('invisible_not_reported', 'Matches you may not see are never reported; leave includeInvisible out or false', '/includeInvisible')
  }
  if (input.values.length > MAX_LOOKUP_VALUES) throw badRequest('too_many_values', `At most ${MAX_LOOKUP_VALUES} values per lookup`, '/values')
  // The body's exerciseId (older clients) names the world as the Shieldwall-Exercise header does.
  const scope = scopeOfActor(input.exerciseId === undefined ? actor : inExercise(actor, input.exerciseId))
  const { warningLists } = correlationSettings(deps.correlation)
  const understood = input.values.map(refangValue)
  const keysOf = understood.map((u) => normalizeLookupValue(u.value))
  const keys = [...new Set(keysOf.flat())]

  const byKey = new Map<string, MatchRow[]>()
  for (let i = 0; i < keys.length; i += KEY_BATCH) {
    for (const row of await visibleMatches(deps.db, scope, keys.slice(i, i + KEY_BATCH), MAX_MATCHES_PER_KEY)) {
      const held = byKey.get(row.key)
      if (held) held.push(row)
      else byKey.set(row.key, [row])
    }
  }
  const sightings = await sightingsOfMatches(deps, scope, byKey)
  // Only the uploaders of matches the caller may see: a name never hints at a hidden object.
  const orgNames = (await namesOf(deps.db, { orgIds: [...byKey.values()].flat().map((r) => r.orgId) })).orgs
  const present = (r: MatchRow): LookupMatch => ({
    key: r.key,
    objectId: r.id,
    type: r.type,
    tlp: r.tlp as Tlp,
    orgId: r.orgId,
    orgName: nameIn(orgNames, r.orgId),
    createdByRef: r.createdByRef,
    created: r.created,
    modified: r.modified === '' ? null : r.modified,
    revoked: r.revoked,
    sightings: sightings?.get(r.id) ?? emptySummary(),
  })
  let matchCount = 0
  const results = input.values.map((value, i) => {
    const own = keysOf[i]!
    const matches = own.flatMap((k) => (byKey.get(k) ?? []).slice(0, MAX_MATCHES_PER_KEY).map(present))
    matchCount += matches.length
    return {
      value,
      refangedTo: understood[i]!.refanged ? understood[i]!.value : null,
      understood: own.length > 0,
      keys: own.map((k) => ({ key: k, warning: warningLists.match(k), truncated: (byKey.get(k)?.length ?? 0) > MAX_MATCHES_PER_KEY })),
      matches,
    }
  })

  const audited = [...byKey.values()].flat().filter((r) => AUDITED_TLP.has(r.tlp))
  if (audited.length > 0) {
    await unitOfWork(deps, (u) => u.audit(actor, 'intel.lookup', 'intel', { objects: [...new Set(audited.map((r) => r.id))] }))
  }
  const notUnderstood = results.filter((r) => !r.understood).length
  return { results, values: input.values.length, keys: keys.length, matches: matchCount, notUnderstood }
}

/**
 * The visible sightings of the matched objects, summarized by object id. A hub that holds no
 * sighting at all (one cheap probe) skips the batched query over every matched id.
 */
async function sightingsOfMatches(deps: Deps, scope: Scope, byKey: ReadonlyMap<string, readonly MatchRow[]>): Promise<Map<string, SightingSummary> | null> {
  if (byKey.size === 0 || !(await anySightings(deps.db))) return null
  const ids = new Set<string>()
  for (const rows of byKey.values()) for (const r of rows) ids.add(r.id)
  return summarize((await visibleSightingsOf(deps.db, scope, [...ids])).map((r) => r.json))
}
