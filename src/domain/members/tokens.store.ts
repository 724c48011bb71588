import type { Selectable } from 'kysely'
import type { Db } from '../../store/db'
import type { ApiTokenTable } from '../../store/schema'
import type { Tx } from '../../store/tx'

type Q = Db | Tx

export interface TokenInfo {
  id: string
  userId: string
  name: string
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  revokedAt: string | null
}

const toInfo = (r: Selectable<ApiTokenTable>): TokenInfo => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
})

export async function insertToken(q: Q, t: TokenInfo, hash: string): Promise<void> {
  await q
    .insertInto('api_token')
    .values({
      id: t.id,
      user_id: t.userId,
      name: t.name,
      hash,
      created_at: t.createdAt,
      expires_at: t.expiresAt,
      last_used_at: t.lastUsedAt,
      revoked_at: t.revokedAt,
    })
    .execute()
}

export async function findTokenByHash(q: Q, hash: string): Promise<TokenInfo | null> {
  const r = await q.selectFrom('api_token').selectAll().where('hash', '=', hash).executeTakeFirst()
  return r ? toInfo(r) : null
}

/** A token with the state of its user, in one query: what every authenticated request needs. */
export interface Credential {
  token: TokenInfo
  user: { id: string; orgId: string; email: string; displayName: string; roles: string; createdAt: string; disabledAt: string | null }
}

export async function findCredentialByHash(q: Q, hash: string): Promise<Credential | null> {
  const r = await q
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .selectAll('t')
    .select(['u.org_id as u_org_id', 'u.email as u_email', 'u.display_name as u_display_name', 'u.roles as u_roles', 'u.created_at as u_created_at', 'u.disabled_at as u_disabled_at'])
    .where('t.hash', '=', hash)
    .executeTakeFirst()
  if (!r) return null
  return { token: toInfo(r), user: {
      id: r.user_id, orgId: r.u_org_id, email: r.u_email, displayName: r.u_display_name, roles: r.u_roles, createdAt: r.u_created_at, disabledAt: r.u_disabled_at,
    },
  }
}

export async function findToken(q: Q, id: string): Promise<TokenInfo | null> {
  const r = await q.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst()
  return r ? toInfo(r) : null
}

export async function listTokensOf(q: Q, userId: string): Promise<TokenInfo[]> {
  return (await q.selectFrom('api_token').selectAll().where('user_id', '=', userId).orderBy('created_at').execute()).map(toInfo)
}

export async function markRevoked(q: Q, id: string, at: string): Promise<void> {
  await q.updateTable('api_token').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute()
}

export async function touchToken(q: Q, id: string, at: string): Promise<void> {
  await q.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute()
}

/** Revokes every live token of a user; returns how many. */
export async function revokeAllOf(q: Q, userId: string, at: string): Promise<number> {
  const r = await q.updateTable('api_token').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows)
}
