/**
 * Intel queries. Every read that returns objects takes the scope (viewer and world) and filters
 * by world and marking in the SQL (scopeVisibleTo), never after.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely'
import { inWorld, scopeVisibleTo, type Scope, type Tlp } from '../../tlp'
import type { Db } from '../../store/db'
import type { IntelBulk } from '../../store/intel-bulk'
import type { Database } from '../../store/schema'
import type { Tx } from '../../store/tx'
import type { ObjectFilter, StoredVersion } from './intel'

type Q = Db | Tx
const CHUNK = 500
/** Lookups by id: an import batch (5,000) at once; both dialects take far more parameters. */
const LOOKUP_CHUNK = 5000

function chunks<T>(xs: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size))
  return out
}

/**
 * Every version of these ids that `orgId` holds in the world `exerciseId`. Versions are per holder
 * and per world: another member's copy of the same object is its own, under its own marking (and
 * the uploader is not told of it), and an exercise's copy never demotes a real one.
 */
export async function versionsOf(q: Q, orgId: string, exerciseId: string | null, ids: readonly string[]): Promise<Map<string, StoredVersion[]>> {
  const out = new Map<string, StoredVersion[]>()
  for (const part of chunks([...new Set(ids)], LOOKUP_CHUNK)) {
    const rows = await q
      .selectFrom('intel_object')
      .select(['row_id', 'id', 'modified', 'is_latest'])
      .where('org_id', '=', orgId)
      .where('id', 'in', part)
      .where(inWorld('intel_object.exercise_id', exerciseId))
      .execute()
    for (const r of rows) {
      const list = out.get(r.id) ?? []
      list.push({ rowId: Number(r.row_id), modified: r.modified, isLatest: r.is_latest === 1 })
      out.set(r.id, list)
    }
  }
  return out
}

/** A newer version arrived: the old one is history, and the index forgets its values. */
export async function demoteVersions(q: Q, rowIds: readonly number[]): Promise<void> {
  for (const part of chunks(rowIds)) {
    await q.updateTable('intel_object').set({ is_latest: 0 }).where('row_id', 'in', part).execute()
    await q.deleteFrom('intel_posting').where('row_id', 'in', part).execute()
  }
}

/** The marking ids of the latest versions of `ids` in the scope (one per holder). */
export async function visibleMarkingIdsOf(q: Q, scope: Scope, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const part of chunks([...new Set(ids)], LOOKUP_CHUNK)) {
    const rows = await q
      .selectFrom('intel_object')
      .select(['id', 'marking_id'])
      .where('id', 'in', part)
      .where('is_latest', '=', 1)
      .where(scopeVisibleTo('intel_object.marking_id', 'intel_object.exercise_id', scope))
      .execute()
    for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.marking_id])
  }
  return out
}

export async function missingUsers(q: Q, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return []
  const found = new Set((await q.selectFrom('app_user').select('id').where('id', 'in', [...ids]).execute()).map((r) => r.id))
  return ids.filter((id) => !found.has(id))
}

/** The portable ingest path (query builder, multi-row INSERT): used when no dialect bulk path is given. */
export const queryBuilderBulk: IntelBulk = {
  beginImport: () => () => {},
  insertObjects: async (tx, rows) => {
    const ids: number[] = []
    for (const part of chunks(rows, 200)) {
      const res = await tx.insertInto('intel_object').values(part).returning(['row_id', 'id', 'modified']).execute()
      const byKey = new Map(res.map((r) => [`${r.id}\u0000${r.modified}`, Number(r.row_id)]))
      for (const r of part) ids.push(byKey.get(`${r.id}\u0000${r.modified}`)!)
    }
    return ids
  },
  insertPostings: async (tx, rows) => {
    for (const part of chunks(rows, 500)) await tx.insertInto('intel_posting').values(part).execute()
  },
}

export interface ObjectRow {
  row_id: number
  id: string
  type: string
  modified: string
  is_latest: number
  org_id: string
  date_added: string
  incident_id: string | null
  json: string
  tlp: string
  marking_id: string
}

type Eb = ExpressionBuilder<Database & { o2: Database['intel_object'] }, 'intel_object' | 'marking'>

function versionCondition(eb: Eb, version: ObjectFilter['version']): Expression<SqlBool> | null {
  if (version === 'all') return null
  if (version === 'latest') return eb('intel_object.is_latest', '=', 1)
  if (version === 'first') {
    return eb.not(
      eb.exists(
        eb.selectFrom('intel_object as o2').select(sql`1`.as('one')).whereRef('o2.id', '=', 'intel_object.id').whereRef('o2.modified', '<', 'intel_object.modified'),
      ),
    )
  }
  return eb('intel_object.modified', '=', version.modified)
}

/**
 * One page of the objects in the scope, in row order after `afterRowId` (keyset
 * pagination: exports walk the whole set page by page without holding it).
 */
export async function visibleObjectsPage(q: Q, scope: Scope, f: ObjectFilter, afterRowId: number, limit: number): Promise<ObjectRow[]> {
  let query = q
    .selectFrom('intel_object')
    .innerJoin('marking', 'marking.id', 'intel_object.marking_id')
    .select([
      'intel_object.row_id', 'intel_object.id', 'intel_object.type', 'intel_object.modified', 'intel_object.is_latest',
      'intel_object.org_id', 'intel_object.date_added', 'intel_object.incident_id', 'intel_object.json', 'marking.tlp', 'intel_object.marking_id',
    ])
    .where(scopeVisibleTo('intel_object.marking_id', 'intel_object.exercise_id', scope))
    .where('intel_object.row_id', '>', afterRowId)
  query = query.where((eb) => versionCondition(eb as unknown as Eb, f.version) ?? sql<SqlBool>`1 = 1`)
  if (f.types && f.types.length > 0) query = query.where('intel_object.type', 'in', [...f.types])
  if (f.ids && f.ids.length > 0) query = query.where('intel_object.id', 'in', [...f.ids])
  if (f.addedAfter) query = query.where('intel_object.date_added', '>', f.addedAfter)
  if (f.modifiedAfter) query = query.where('intel_object.modified', '>', f.modifiedAfter)
  if (f.modifiedBefore) query = query.where('intel_object.modified', '<', f.modifiedBefore)
  if (f.incidentId) query = query.where('intel_object.incident_id', '=', f.incidentId)
  if (f.tlps && f.tlps.length > 0) query = query.where('marking.tlp', 'in', [...f.tlps] as Tlp[])
  const rows = await query.orderBy('intel_object.row_id').limit(limit).execute()
  return rows.map((r) => ({ ...r, row_id: Number(r.row_id) }))
}
