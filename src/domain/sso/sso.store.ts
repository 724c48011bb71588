import type { Selectable } from 'kysely'
import type { Db } from '../../store/db'
import type { SsoProviderTable } from '../../store/schema'
import type { Tx } from '../../store/tx'
import type { SsoAttempt, SsoProvider, UserAttribute } from './sso'

type Q = Db | Tx

export interface StoredProvider extends SsoProvider {
  clientSecretSealed: string
}

const toProvider = (r: Selectable<SsoProviderTable>): StoredProvider => ({
  orgId: r.org_id,
  issuer: r.issuer,
  clientId: r.client_id,
  clientSecretSealed: r.client_secret_enc,
  claim: r.claim,
  userAttribute: r.user_attribute as UserAttribute,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export const viewOf = ({ clientSecretSealed: _s, ...view }: StoredProvider): SsoProvider => view

export async function findProvider(q: Q, orgId: string): Promise<StoredProvider | null> {
  const r = await q.selectFrom('sso_provider').selectAll().where('org_id', '=', orgId).executeTakeFirst()
  return r ? toProvider(r) : null
}

export async function upsertProvider(q: Q, p: StoredProvider): Promise<void> {
  const row = {
    issuer: p.issuer,
    client_id: p.clientId,
    client_secret_enc: p.clientSecretSealed,
    claim: p.claim,
    user_attribute: p.userAttribute,
    updated_at: p.updatedAt,
  }
  await q
    .insertInto('sso_provider')
    .values({ org_id: p.orgId, created_at: p.createdAt, ...row })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(row))
    .execute()
}

export async function deleteProvider(q: Q, orgId: string): Promise<void> {
  await q.deleteFrom('sso_provider').where('org_id', '=', orgId).execute()
}

export async function saveAttempt(q: Q, stateHash: string, a: SsoAttempt, at: string): Promise<void> {
  await q.deleteFrom('sso_attempt').where('expires_at', '<=', at).execute()
  await q
    .insertInto('sso_attempt')
    .values({ state_hash: stateHash, org_id: a.orgId, code_verifier: a.codeVerifier, nonce: a.nonce, redirect_uri: a.redirectUri, created_at: at, expires_at: a.expiresAt })
    .execute()
}

/** Takes an attempt once (deleted as it is read): a replayed callback finds nothing. */
export async function takeAttempt(q: Q, stateHash: string): Promise<SsoAttempt | null> {
  const r = await q.deleteFrom('sso_attempt').where('state_hash', '=', stateHash).returningAll().executeTakeFirst()
  return r ? { orgId: r.org_id, codeVerifier: r.code_verifier, nonce: r.nonce, redirectUri: r.redirect_uri, expiresAt: r.expires_at } : null
}
