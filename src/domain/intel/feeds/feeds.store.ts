/**
 * Feed rows. A claim is one conditional UPDATE (claimed only when due and unclaimed or its lease
 * ran out): on PostgreSQL a second process's UPDATE waits on the row lock and then re-checks the
 * WHERE, on SQLite writers take turns, so two processes never both win one feed.
 */
import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Db } from '../../../store/db'
import type { IntelFeedTable } from '../../../store/schema'
import type { Tx } from '../../../store/tx'

export type FeedRow = Selectable<IntelFeedTable>
type Q = Db | Tx

export async function insertFeed(tx: Tx, row: Insertable<IntelFeedTable>): Promise<void> {
  await tx.insertInto('intel_feed').values(row).execute()
}

/** A feed of this world (null: the real one). */
export async function findFeed(q: Q, id: string, exerciseId: string | null): Promise<FeedRow | null> {
  const row = await q
    .selectFrom('intel_feed')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => (exerciseId === null ? eb('exercise_id', 'is', null) : eb('exercise_id', '=', exerciseId)))
    .executeTakeFirst()
  return row ?? null
}

export async function findFeedAnyWorld(q: Q, id: string): Promise<FeedRow | null> {
  return (await q.selectFrom('intel_feed').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
}

/** The feeds of this world, of one organization (or all when null), by name. */
export async function listFeeds(q: Q, exerciseId: string | null, orgId: string | null): Promise<FeedRow[]> {
  let query = q
    .selectFrom('intel_feed')
    .selectAll()
    .where((eb) => (exerciseId === null ? eb('exercise_id', 'is', null) : eb('exercise_id', '=', exerciseId)))
  if (orgId !== null) query = query.where('org_id', '=', orgId)
  return query.orderBy('name').orderBy('id').execute()
}

export async function updateFeed(q: Q, id: string, set: Updateable<IntelFeedTable>): Promise<void> {
  await q.updateTable('intel_feed').set(set).where('id', '=', id).execute()
}

export async function deleteFeed(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('intel_feed').where('id', '=', id).execute()
}

/** Ids of feeds due at `at` and not held by a live claim, the most overdue first. */
export async function dueFeedIds(db: Db, at: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('intel_feed')
    .select('id')
    .where('next_poll_at', '<=', at)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', at)]))
    .orderBy('next_poll_at')
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}

/**
 * Claims a feed for `owner` until `until`; `dueOnly`: only when it is due (the runner), else
 * whenever unclaimed (poll now). True when this call won it.
 */
export async function claimFeed(db: Db, id: string, owner: string, at: string, until: string, dueOnly: boolean): Promise<boolean> {
  let q = db
    .updateTable('intel_feed')
    .set({ claimed_by: owner, claimed_until: until })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', at)]))
  if (dueOnly) q = q.where('next_poll_at', '<=', at)
  const r = await q.executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Writes while holding the claim: false when the claim was lost (its lease ran out and another took it) or the feed is gone. */
export async function updateClaimed(db: Db, id: string, owner: string, set: Updateable<IntelFeedTable>): Promise<boolean> {
  const r = await db.updateTable('intel_feed').set(set).where('id', '=', id).where('claimed_by', '=', owner).executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
