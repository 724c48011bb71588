import type { Selectable } from 'kysely'
import type { Db } from '../../store/db'
import type { SessionTable } from '../../store/schema'
import type { Tx } from '../../store/tx'
import type { SessionInfo } from './sessions'

type Q = Db | Tx

const toInfo = (r: Selectable<SessionTable>): SessionInfo => ({
  id: r.id,
  userId: r.user_id,
  method: r.method,
  address: r.address,
  userAgent: r.user_agent,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  idleExpiresAt: r.idle_expires_at,
  absoluteExpiresAt: r.absolute_expires_at,
  endedAt: r.ended_at,
  endReason: r.end_reason,
})

export async function insertSession(q: Q, s: SessionInfo, secretHash: string, csrfHash: string): Promise<void> {
  await q
    .insertInto('session')
    .values({
      id: s.id,
      secret_hash: secretHash,
      csrf_hash: csrfHash,
      user_id: s.userId,
      method: s.method,
      address: s.address,
      user_agent: s.userAgent,
      created_at: s.createdAt,
      last_seen_at: s.lastSeenAt,
      idle_expires_at: s.idleExpiresAt,
      absolute_expires_at: s.absoluteExpiresAt,
      ended_at: null,
      end_reason: null,
    })
    .execute()
}

/** A session with the state of its user, in one query: what every cookie-authenticated request needs. */
export async function findSessionBySecretHash(q: Q, hash: string): Promise<{ session: SessionInfo; user: { id: string; orgId: string; email: string; roles: string; disabledAt: string | null } } | null> {
  const r = await q
    .selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select(['u.org_id as u_org_id', 'u.email as u_email', 'u.roles as u_roles', 'u.disabled_at as u_disabled_at'])
    .where('s.secret_hash', '=', hash)
    .executeTakeFirst()
  if (!r) return null
  return { session: toInfo(r), user: { id: r.user_id, orgId: r.u_org_id, email: r.u_email, roles: r.u_roles, disabledAt: r.u_disabled_at } }
}

export async function findSession(q: Q, id: string): Promise<SessionInfo | null> {
  const r = await q.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst()
  return r ? toInfo(r) : null
}

/** The user's sessions that have not ended (expired ones are filtered by the caller, who knows the time). */
export async function listOpenSessionsOf(q: Q, userId: string): Promise<SessionInfo[]> {
  return (await q.selectFrom('session').selectAll().where('user_id', '=', userId).where('ended_at', 'is', null).orderBy('created_at').execute()).map(toInfo)
}

export async function touchSession(q: Q, id: string, at: string, idleExpiresAt: string): Promise<void> {
  await q.updateTable('session').set({ last_seen_at: at, idle_expires_at: idleExpiresAt }).where('id', '=', id).where('ended_at', 'is', null).execute()
}

/** Ends one session; false when it had already ended. */
export async function markEnded(q: Q, id: string, at: string, reason: string): Promise<boolean> {
  const r = await q.updateTable('session').set({ ended_at: at, end_reason: reason }).where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

/** Ends every open session of a user; returns their ids. */
export async function endAllOf(q: Q, userId: string, at: string, reason: string): Promise<string[]> {
  const open = await q.selectFrom('session').select('id').where('user_id', '=', userId).where('ended_at', 'is', null).execute()
  if (open.length === 0) return []
  await q.updateTable('session').set({ ended_at: at, end_reason: reason }).where('user_id', '=', userId).where('ended_at', 'is', null).execute()
  return open.map((r) => r.id)
}

/** Open sessions past their idle or absolute end at `at`, oldest end first (what the sweep ends). */
export async function listExpiredOpen(q: Q, at: string, limit: number): Promise<SessionInfo[]> {
  const rows = await q
    .selectFrom('session')
    .selectAll()
    .where('ended_at', 'is', null)
    .where((eb) => eb.or([eb('idle_expires_at', '<=', at), eb('absolute_expires_at', '<=', at)]))
    .orderBy('idle_expires_at')
    .limit(limit)
    .execute()
  return rows.map(toInfo)
}
