/**
 * Claiming due notifications for sending: the one dialect-specific step of the notify sender.
 * A claim is a lease (claimed_by, claimed_until) committed before anything is sent, so two hub
 * processes never send the same row: the other skips it until the lease runs out.
 * - PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED inside the UPDATE, so claimers never wait on each other.
 * - SQLite: one writer at a time; UPDATE … WHERE id IN (SELECT …) RETURNING.
 */
import { sql } from 'kysely'
import type { Db } from './db'
import { dialectOf } from './db'
import type { NotificationTable } from './schema'
import type { Selectable } from 'kysely'

export type ClaimedNotification = Selectable<NotificationTable>

export async function claimDueNotifications(db: Db, at: string, owner: string, leaseUntil: string, limit: number): Promise<ClaimedNotification[]> {
  const lock = dialectOf(db) === 'postgres' ? sql`for update skip locked` : sql``
  const rows = await sql<ClaimedNotification>`
    update notification set claimed_by = ${owner}, claimed_until = ${leaseUntil}
    where id in (
      select id from notification
      where state = 'pending' and next_attempt_at <= ${at} and (claimed_until is null or claimed_until <= ${at})
      order by next_attempt_at
      limit ${limit}
      ${lock}
    ) and state = 'pending' and (claimed_until is null or claimed_until <= ${at})
    returning *`.execute(db)
  return rows.rows
}
