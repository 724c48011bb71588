/**
 * The lookup query: index keys -> the latest versions of the objects holding them that the
 * viewer may see, filtered by the TLP rule in SQL. One query per batch of keys, and at most
 * `perKey + 1` rows per key (the extra row only says "there are more").
 */
import { sql } from 'kysely'
import type { Db } from '../../../store/db'
import { markingVisibleTo, type Viewer } from '../../../tlp'

export const KEY_BATCH = 500

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

export async function visibleMatches(db: Db, viewer: Viewer, keys: readonly string[], exerciseId: string | null, perKey: number): Promise<MatchRow[]> {
  const ranked = db
    .selectFrom('intel_posting as p')
    .innerJoin('intel_object as o', 'o.row_id', 'p.row_id')
    .innerJoin('marking as m', 'm.id', 'o.marking_id')
    .select(['p.key', 'o.id', 'o.type', 'o.org_id', 'o.created_by_ref', 'o.created', 'o.modified', 'o.revoked', 'm.tlp'])
    .select(sql<number>`row_number() over (partition by p.key order by o.row_id desc)`.as('rank'))
    .where('p.key', 'in', keys)
    .where('o.is_latest', '=', 1)
    .where((eb) => (exerciseId === null ? eb('p.exercise_id', 'is', null) : eb('p.exercise_id', '=', exerciseId)))
    .where(markingVisibleTo('o.marking_id', viewer))
  const rows = await db.selectFrom(ranked.as('r')).selectAll().where('r.rank', '<=', perKey + 1).execute()
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
