/**
 * TAXII reads of the intel store. Every row passes the one visibility rule in the SQL
 * (inWorld + joinedMarkingVisibleTo on the row, scopeVisibleTo on every other copy consulted),
 * so an invisible object is absent from pages, manifests, versions and counts alike.
 *
 * Objects are held per organization: two members holding the same id and version hold two rows.
 * A caller who may see both gets the object once (the copy with the lowest row id), and
 * "last"/"first" are decided over the versions the caller may see, not one holder's.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely'
import { inWorld, scopeVisibleTo, type Scope } from '../../../tlp'
import type { Db } from '../../../store/db'
import type { Database } from '../../../store/schema'
import type { Tx } from '../../../store/tx'
import type { CollectionKind, PageKey, TaxiiFilter, VersionMatch } from './collections'

type Q = Db | Tx
type Tables = Database & { o2: Database['intel_object'] }
type Eb = ExpressionBuilder<Tables, 'intel_object' | 'marking'>
type Eb2 = ExpressionBuilder<Tables, 'intel_object' | 'marking' | 'o2'>

export interface TaxiiRow {
  row_id: number
  id: string
  type: string
  spec_version: string
  created: string | null
  modified: string
  date_added: string
  tlp: string
  json: string | null
}

/** The rows a collection holds, on the table aliased `alias`. */
function inCollection(alias: 'intel_object' | 'o2', k: CollectionKind): Expression<SqlBool> {
  switch (k.kind) {
    case 'all':
    case 'public':
      return sql<SqlBool>`1 = 1`
    case 'incident':
      return sql<SqlBool>`${sql.ref(`${alias}.incident_id`)} = ${k.incidentId}`
    case 'inbox':
      return sql<SqlBool>`${sql.ref(`${alias}.org_id`)} = ${k.orgId}`
  }
}

/**
 * The row is the one this version match picks: no other copy the caller may see in the
 * collection comes before it (an earlier copy of the same version, or a later or earlier version).
 */
function picked(eb: Eb, scope: Scope, k: CollectionKind, v: VersionMatch): Expression<SqlBool> {
  const sameVersionEarlierCopy = (e: Eb2) => e.and([e('o2.modified', '=', e.ref('intel_object.modified')), e('o2.row_id', '<', e.ref('intel_object.row_id'))])
  const beats = (e: Eb2): Expression<SqlBool> => {
    if (v === 'last') return e.or([e('o2.modified', '>', e.ref('intel_object.modified')), sameVersionEarlierCopy(e)])
    if (v === 'first') return e.or([e('o2.modified', '<', e.ref('intel_object.modified')), sameVersionEarlierCopy(e)])
    return sameVersionEarlierCopy(e)
  }
  const none = eb.not(
    eb.exists(
      eb
        .selectFrom('intel_object as o2')
        .select(sql`1`.as('one'))
        .whereRef('o2.id', '=', 'intel_object.id')
        .where((e) => beats(e as Eb2))
        .where(inCollection('o2', k))
        .where(scopeVisibleTo('o2.marking_id', 'o2.exercise_id', scope)),
    ),
  )
  return typeof v === 'object' ? eb.and([eb('intel_object.modified', '=', v.modified), none]) : none
}

/**
 * One page of a collection in the scope, in date-added order then row order, from just after
 * `after`: a keyset, so objects added meanwhile land after the last page read and nothing is
 * skipped or repeated. Reads one row more than `limit` to know whether there is more.
 */
export async function collectionRows(
  q: Q,
  scope: Scope,
  k: CollectionKind,
  f: TaxiiFilter,
  after: PageKey | null,
  limit: number,
  withJson: boolean,
): Promise<TaxiiRow[]> {
  let query = q
    .selectFrom('intel_object')
    .innerJoin('marking', 'marking.id', 'intel_object.marking_id')
    .select([
      'intel_object.row_id', 'intel_object.id', 'intel_object.type', 'intel_object.spec_version', 'intel_object.created',
      'intel_object.modified', 'intel_object.date_added', 'marking.tlp',
    ])
    .select(withJson ? sql<string>`intel_object.json`.as('json') : sql<null>`null`.as('json'))
    .where(scopeVisibleTo('intel_object.marking_id', 'intel_object.exercise_id', scope))
    .where(inCollection('intel_object', k))
  if (f.ids && f.ids.length > 0) query = query.where('intel_object.id', 'in', [...f.ids])
  if (f.types && f.types.length > 0) query = query.where('intel_object.type', 'in', [...f.types])
  if (f.specVersions && f.specVersions.length > 0) query = query.where('intel_object.spec_version', 'in', [...f.specVersions])
  if (f.addedAfter) query = query.where('intel_object.date_added', '>', f.addedAfter)
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('intel_object.date_added', '>', after.dateAdded), eb.and([eb('intel_object.date_added', '=', after.dateAdded), eb('intel_object.row_id', '>', after.rowId)])]),
    )
  }
  query = query.where((eb) => eb.or(f.versions.map((v) => picked(eb as unknown as Eb, scope, k, v))))
  const rows = await query.orderBy('intel_object.date_added').orderBy('intel_object.row_id').limit(limit + 1).execute()
  return rows.map((r) => ({ ...r, row_id: Number(r.row_id) }))
}

/** The rows of `id` the organization holds in the collection and world, visible to the scope. */
export async function heldRowIds(q: Q, scope: Scope, k: CollectionKind, orgId: string, id: string, versions: readonly VersionMatch[]): Promise<number[]> {
  const rows = await collectionRows(q, scope, k, { ids: [id], versions }, null, 100_000, false)
  if (rows.length === 0) return []
  const held = await q
    .selectFrom('intel_object')
    .select('row_id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where(inWorld('intel_object.exercise_id', scope.exerciseId))
    .where(inCollection('intel_object', k))
    .where('modified', 'in', [...new Set(rows.map((r) => r.modified))])
    .execute()
  return held.map((r) => Number(r.row_id))
}

/** Deletes rows and their index postings; the latest of what the holder keeps becomes latest again. */
export async function deleteRows(q: Q, orgId: string, exerciseId: string | null, id: string, rowIds: readonly number[]): Promise<void> {
  await q.deleteFrom('intel_posting').where('row_id', 'in', [...rowIds]).execute()
  await q.deleteFrom('intel_object').where('row_id', 'in', [...rowIds]).execute()
  const rest = await q
    .selectFrom('intel_object')
    .select(['row_id', 'modified', 'is_latest'])
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where(inWorld('intel_object.exercise_id', exerciseId))
    .orderBy('modified', 'desc')
    .execute()
  const top = rest[0]
  if (top && top.is_latest !== 1) await q.updateTable('intel_object').set({ is_latest: 1 }).where('row_id', '=', top.row_id).execute()
}

export interface StatusRow {
  id: string
  org_id: string
  user_id: string
  exercise_id: string | null
  created_at: string
  json: string
}

export async function saveStatus(q: Q, row: StatusRow): Promise<void> {
  await q.insertInto('taxii_status').values(row).execute()
}

/** A status resource, for the organization that posted it in the same world only. */
export async function findStatus(q: Q, id: string, orgId: string, exerciseId: string | null): Promise<StatusRow | null> {
  return (
    (await q
      .selectFrom('taxii_status')
      .selectAll()
      .where('id', '=', id)
      .where('org_id', '=', orgId)
      .where(inWorld('taxii_status.exercise_id', exerciseId))
      .executeTakeFirst()) ?? null
  )
}
