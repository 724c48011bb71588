import type { Selectable } from 'kysely'
import type { AuditTable } from '../../store/schema'
import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'
import { hashEntry, type AuditEntry } from './audit'

export interface AuditInput {
  actor: string
  actorOrg: string | null
  action: string
  subject: string
  detail?: Record<string, unknown>
}

/**
 * Appends in the caller's transaction. Bumping the head row first takes its row lock on
 * PostgreSQL, so concurrent writers queue for the next link instead of forking the chain.
 */
export async function appendAudit(tx: Tx, at: string, input: AuditInput): Promise<AuditEntry> {
  const head = await tx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirst()
  if (!head) throw new Error('audit_head is missing: the database was not migrated')
  const base = {
    seq: head.seq,
    at,
    actor: input.actor,
    actorOrg: input.actorOrg,
    action: input.action,
    subject: input.subject,
    detail: input.detail ?? {},
    prevHash: head.hash,
  }
  const entry = { ...base, hash: hashEntry(base) }
  await tx
    .insertInto('audit_log')
    .values({
      seq: entry.seq,
      at,
      actor: entry.actor,
      actor_org: entry.actorOrg,
      action: entry.action,
      subject: entry.subject,
      detail: JSON.stringify(entry.detail),
      prev_hash: entry.prevHash,
      hash: entry.hash,
    })
    .execute()
  await tx.updateTable('audit_head').set({ hash: entry.hash }).where('id', '=', 1).execute()
  return entry
}

const toEntry = (r: Selectable<AuditTable>): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actor: r.actor,
  actorOrg: r.actor_org,
  action: r.action,
  subject: r.subject,
  detail: JSON.parse(r.detail) as Record<string, unknown>,
  prevHash: r.prev_hash,
  hash: r.hash,
})

/** Streams the whole chain in pages, oldest first. */
export async function* readChain(db: Db, pageSize = 5000): AsyncGenerator<AuditEntry> {
  let after = 0
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute()
    if (rows.length === 0) return
    for (const r of rows) yield toEntry(r)
    after = Number(rows[rows.length - 1]!.seq)
  }
}

export interface AuditQuery {
  afterSeq?: number
  limit: number
  /** Restrict to entries whose actor belongs to one of these organizations; null: all. */
  actorOrgs: readonly string[] | null
  subject?: string
}

export async function listAudit(db: Db, q: AuditQuery): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(q.limit)
  if (q.afterSeq !== undefined) query = query.where('seq', '<', q.afterSeq)
  if (q.subject !== undefined) query = query.where('subject', '=', q.subject)
  if (q.actorOrgs !== null) {
    if (q.actorOrgs.length === 0) return []
    query = query.where('actor_org', 'in', [...q.actorOrgs])
  }
  return (await query.execute()).map(toEntry)
}
