/**
 * The lookup query: index keys -> the latest versions of the objects holding them that the
 * viewer may see, filtered by the TLP rule in SQL. One query per batch of keys, and at most
 * `perKey + 1` rows per key (the extra row only says "there are more").
 */
import { sql } from 'kysely'
import type { Db } from '../../../store/db'
import { isOneOf } from '../../../store/in-list'
import { inWorld, joinedMarkingVisibleTo, type Scope } from '../../../tlp'

/** Keys per query: a lookup call of 1,000 values asks once. */
export const KEY_BATCH = 1_000

export interface MatchRow {
  key: string
  id: string
  type: string
  orgId: string
  createdByRef: string | null
  created: string | null
  modified: string
  revoked: boolean
  tlp: string
}

const matchQuery = (db: Db, scope: Scope, keys: readonly string[]) =>
  db
    .selectFrom('intel_posting as p')
    .innerJoin('marking as m', 'm.id', 'p.marking_id')
    // The posting carries its object's summary (migration 0900) and exists only for the latest,
    // unrevoked-when-imported version (demotion deletes it): one posting probe and one marking
    // probe per key, no intel_object row.
    .select(['p.key', 'p.row_id', 'p.stix_id as id', 'p.type', 'p.org_id', 'p.created_by_ref', 'p.created', 'p.modified', 'p.revoked', 'm.tlp'])
    .where(isOneOf(db, 'p.key', keys, KEY_BATCH))
    // scopeVisibleTo() over the marking already joined for its TLP (one marking lookup per row,
    // not two), and the posting's own world (equal to its object's).
    .where(inWorld('p.exercise_id', scope.exerciseId))
    .where(joinedMarkingVisibleTo(scope.viewer))

/**
 * Most keys are held by a few objects: one plain query, bounded to what `perKey` allows for the
 * whole batch. Only when that bound is reached (some key is very common) is the batch asked again
 * with a per-key rank, so a value held a million times never loads a million rows.
 * `keys` must be distinct (the bound counts them).
 */
export async function visibleMatches(db: Db, scope: Scope, keys: readonly string[], perKey: number): Promise<MatchRow[]> {
  const bound = keys.length * (perKey + 1)
  let rows = await matchQuery(db, scope, keys).limit(bound + 1).execute()
  if (rows.length > bound) {
    const ranked = matchQuery(db, scope, keys).select(sql<number>`row_number() over (partition by p.key order by p.row_id desc)`.as('rank'))
    rows = await db.selectFrom(ranked.as('r')).selectAll().where('r.rank', '<=', perKey + 1).execute()
  } else {
    // Newest first within a key, as the ranked query gives them.
    rows.sort((a, b) => (a.key === b.key ? Number(b.row_id) - Number(a.row_id) : a.key < b.key ? -1 : 1))
  }
  return rows.map((r) => ({
    key: r.key,
    id: r.id,
    type: r.type,
    orgId: r.org_id,
    createdByRef: r.created_by_ref,
    created: r.created,
    modified: r.modified,
    revoked: Number(r.revoked) === 1,
    tlp: r.tlp,
  }))
}
