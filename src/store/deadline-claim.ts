/**
 * Claiming a due deadline: the one dialect-specific step of the job runner. The claim marks the
 * row fired inside the caller's transaction, so it commits with the deadline's effect or not at all.
 * - PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED, so two hub processes never take the same row and
 *   never wait on each other; a row fired by the other meanwhile fails the re-checked WHERE.
 * - SQLite: one writer at a time, so a single UPDATE … WHERE fired_at IS NULL … RETURNING suffices.
 */
import { sql } from 'kysely'
import type { DialectName } from './db'
import type { DeadlineRow } from './deadlines'
import type { Tx } from './tx'

export type ClaimDeadline = (tx: Tx, at: string, owner: string) => Promise<DeadlineRow | null>

export function deadlineClaimer(dialect: DialectName): ClaimDeadline {
  return dialect === 'postgres' ? claimPostgres : claimSqlite
}

const claimPostgres: ClaimDeadline = async (tx, at, owner) => {
  const due = await sql<{ id: string }>`
    select id from deadline
    where fired_at is null and due_at <= ${at} and (claimed_until is null or claimed_until <= ${at})
    order by due_at
    limit 1
    for update skip locked`.execute(tx)
  const id = due.rows[0]?.id
  if (id === undefined) return null
  return (
    (await tx.updateTable('deadline').set({ fired_at: at, claimed_by: owner }).where('id', '=', id).returningAll().executeTakeFirst()) ?? null
  )
}

const claimSqlite: ClaimDeadline = async (tx, at, owner) => {
  const rows = await sql<DeadlineRow>`
    update deadline set fired_at = ${at}, claimed_by = ${owner}
    where id = (
      select id from deadline
      where fired_at is null and due_at <= ${at} and (claimed_until is null or claimed_until <= ${at})
      order by due_at
      limit 1
    ) and fired_at is null
    returning *`.execute(tx)
  return rows.rows[0] ?? null
}
