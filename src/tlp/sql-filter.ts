import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely'
import type { MaybeViewer } from './marking'
import type { Scope } from './scope'

/**
 * The rules of visibility.ts as SQL, so that stores filter in the query, not after it.
 * `markingIdColumn` is the column (e.g. "incident.marking_id") that references marking.id.
 * A property test (sql-filter.test.ts) holds this to the same answers as canSee().
 */
export function markingVisibleTo(markingIdColumn: string, viewer: MaybeViewer): RawBuilder<SqlBool> {
  // Correlated on the row's own marking (a primary-key probe per row), so the cost follows the
  // rows a query returns, not the number of markings the hub has ever written.
  return sql<SqlBool>`exists (select 1 from marking m where m.id = ${sql.ref(markingIdColumn)} and (${visibleConditions(viewer)}))`
}

/**
 * The exercise wall as SQL: rows of the world `exerciseId` only (`exerciseIdColumn` is null for
 * the real world). For the hub's own queries that cross markings but never worlds (correlation).
 */
export function inWorld(exerciseIdColumn: string, exerciseId: string | null): RawBuilder<SqlBool> {
  return exerciseId === null ? sql<SqlBool>`${sql.ref(exerciseIdColumn)} is null` : sql<SqlBool>`${sql.ref(exerciseIdColumn)} = ${exerciseId}`
}

/**
 * inScope() as SQL: the row's world is the scope's world and its marking is visible to the
 * scope's viewer. Every store that reads marked rows for someone filters with this.
 */
export function scopeVisibleTo(markingIdColumn: string, exerciseIdColumn: string, scope: Scope): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${inWorld(exerciseIdColumn, scope.exerciseId)} and ${markingVisibleTo(markingIdColumn, scope.viewer)})`
}

/** A sub-select of the ids of every marking the viewer may see. */
export function visibleMarkingIds(viewer: MaybeViewer): Expression<unknown> {
  return sql`select m.id from marking m where ${visibleConditions(viewer)}`
}

/**
 * canSee() over a marking row the query has already joined as `m`: for queries that read the
 * marking anyway (its TLP), one lookup of it per row instead of two.
 */
export function joinedMarkingVisibleTo(viewer: MaybeViewer): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${visibleConditions(viewer)})`
}

/** The rules of canSee() over a marking row aliased `m`. */
function visibleConditions(viewer: MaybeViewer): RawBuilder<SqlBool> {
  if (viewer === null) return sql<SqlBool>`m.tlp = 'CLEAR'`
  const chain = viewer.orgChain.length > 0 ? viewer.orgChain : [viewer.orgId]
  const audience = (kind: 'org' | 'user', principals: RawBuilder<unknown>) =>
    sql`exists (select 1 from marking_audience a where a.marking_id = m.id and a.kind = ${kind} and a.principal_id in (${principals}))`
  return sql<SqlBool>`m.tlp in ('CLEAR', 'GREEN')
    or m.originator_user = ${viewer.userId}
    or (m.tlp in ('AMBER', 'AMBER+STRICT') and m.originator_org = ${viewer.orgId})
    or (m.tlp = 'AMBER' and ${audience('org', sql.join(chain.map((o) => sql`${o}`)))})
    or (m.tlp = 'AMBER+STRICT' and ${audience('org', sql`${viewer.orgId}`)})
    or (m.tlp in ('AMBER', 'AMBER+STRICT', 'RED') and ${audience('user', sql`${viewer.userId}`)})`
}
