/** Sightings of intel objects, read through the sighting_of_ref index, visible ones only. */
import { sql } from 'kysely'
import type { Db } from '../../../store/db'
import { padInList } from '../../../store/in-list'
import { sightingOfRef } from '../../../store/intel-json'
import type { Tx } from '../../../store/tx'
import { scopeVisibleTo, type Scope } from '../../../tlp'

const BATCH = 500

export interface SightingRow {
  json: string
  tlp: string
}

/** The latest, unrevoked sightings of the given objects in the scope (its world, visible to its viewer). */
export async function visibleSightingsOf(db: Db | Tx, scope: Scope, objectIds: readonly string[]): Promise<SightingRow[]> {
  const out: SightingRow[] = []
  const ref = sightingOfRef(db, 'o.json')
  for (let i = 0; i < objectIds.length; i += BATCH) {
    const rows = await db
      .selectFrom('intel_object as o')
      .innerJoin('marking as m', 'm.id', 'o.marking_id')
      .select(['o.json', 'm.tlp'])
      // Literal, so that the partial index (where type = 'sighting') is provably usable.
      .where('o.type', '=', sql.lit('sighting'))
      .where(ref, 'in', padInList(objectIds.slice(i, i + BATCH), BATCH))
      .where('o.is_latest', '=', 1)
      .where('o.revoked', '=', 0)
      .where(scopeVisibleTo('o.marking_id', 'o.exercise_id', scope))
      .execute()
    out.push(...rows)
  }
  return out
}

/**
 * Whether the hub holds any current sighting at all (one probe of the type index). Not a
 * visibility answer, only a reason to skip the per-object sightings query when there is nothing
 * it could find; never reported.
 */
export async function anySightings(db: Db | Tx): Promise<boolean> {
  const row = await db.selectFrom('intel_object').select('row_id').where('type', '=', 'sighting').where('is_latest', '=', 1).limit(1).executeTakeFirst()
  return row !== undefined
}

export interface ObjectHead {
  id: string
  type: string
  tlp: string
}

/** The latest version of an object if it is in the scope, else null (absent, hidden and other-world look alike). */
export async function visibleObject(db: Db | Tx, scope: Scope, id: string): Promise<ObjectHead | null> {
  const r = await db
    .selectFrom('intel_object as o')
    .innerJoin('marking as m', 'm.id', 'o.marking_id')
    .select(['o.id', 'o.type', 'm.tlp'])
    .where('o.id', '=', id)
    .where('o.is_latest', '=', 1)
    .where(scopeVisibleTo('o.marking_id', 'o.exercise_id', scope))
    .executeTakeFirst()
  return r ? { id: r.id, type: r.type, tlp: r.tlp } : null
}
