import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely'
import type { MaybeViewer } from './marking'

/**
 * The rules of visibility.ts as SQL, so that stores filter in the query, not after it.
 * `markingIdColumn` is the column (e.g. "incident.marking_id") that references marking.id.
 * A property test (sql-filter.test.ts) holds this to the same answers as canSee().
 */
export function markingVisibleTo(markingIdColumn: string, viewer: MaybeViewer): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(markingIdColumn)} in (${visibleMarkingIds(viewer)})`
}

/** A sub-select of the ids of every marking the viewer may see. */
export function visibleMarkingIds(viewer: MaybeViewer): Expression<unknown> {
  if (viewer === null) return sql`select m.id from marking m where m.tlp = 'CLEAR'`
  const chain = viewer.orgChain.length > 0 ? viewer.orgChain : [viewer.orgId]
  const audience = (kind: 'org' | 'user', principals: RawBuilder<unknown>) =>
    sql`exists (select 1 from marking_audience a where a.marking_id = m.id and a.kind = ${kind} and a.principal_id in (${principals}))`
  return sql`select m.id from marking m where
    m.tlp in ('CLEAR', 'GREEN')
    or m.originator_user = ${viewer.userId}
    or (m.tlp in ('AMBER', 'AMBER+STRICT') and m.originator_org = ${viewer.orgId})
    or (m.tlp = 'AMBER' and ${audience('org', sql.join(chain.map((o) => sql`${o}`)))})
    or (m.tlp = 'AMBER+STRICT' and ${audience('org', sql`${viewer.orgId}`)})
    or (m.tlp = 'RED' and ${audience('user', sql`${viewer.userId}`)})`
}
