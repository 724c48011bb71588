import type { Selectable } from 'kysely'
import type { Db } from '../../store/db'
import type { WebauthnCredentialTable } from '../../store/schema'
import type { Tx } from '../../store/tx'
import type { ChallengePurpose, PasskeyInfo, StoredPasskey } from './passkeys'

type Q = Db | Tx

const toPasskey = (r: Selectable<WebauthnCredentialTable>): StoredPasskey => ({
  id: r.id,
  userId: r.user_id,
  credentialId: r.credential_id,
  publicKey: r.public_key,
  counter: Number(r.counter),
  name: r.name,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  deviceType: r.device_type,
  backedUp: r.backed_up === 1,
  transports: JSON.parse(r.transports) as string[],
})

export const infoOf = ({ userId: _u, credentialId: _c, publicKey: _p, counter: _n, ...info }: StoredPasskey): PasskeyInfo => info

export async function saveChallenge(q: Q, c: { challenge: string; purpose: ChallengePurpose; userId: string | null; at: string; expiresAt: string }): Promise<void> {
  // Expired challenges go as new ones come: the table holds only what may still be answered.
  await q.deleteFrom('webauthn_challenge').where('expires_at', '<=', c.at).execute()
  await q.insertInto('webauthn_challenge').values({ challenge: c.challenge, purpose: c.purpose, user_id: c.userId, created_at: c.at, expires_at: c.expiresAt }).execute()
}

/**
 * Takes a challenge once: the row is deleted as it is read, so a replayed answer finds nothing.
 * Null when it is unknown, already taken, expired, for another purpose or (registration) another user.
 */
export async function takeChallenge(q: Q, c: { challenge: string; purpose: ChallengePurpose; userId: string | null; now: string }): Promise<boolean> {
  const taken = await q.deleteFrom('webauthn_challenge').where('challenge', '=', c.challenge).returningAll().executeTakeFirst()
  if (!taken) return false
  return taken.purpose === c.purpose && taken.expires_at > c.now && taken.user_id === c.userId
}

export async function insertPasskey(q: Q, p: StoredPasskey): Promise<void> {
  await q
    .insertInto('webauthn_credential')
    .values({
      id: p.id,
      user_id: p.userId,
      credential_id: p.credentialId,
      public_key: p.publicKey,
      counter: p.counter,
      transports: JSON.stringify(p.transports),
      device_type: p.deviceType,
      backed_up: p.backedUp ? 1 : 0,
      name: p.name,
      created_at: p.createdAt,
      last_used_at: p.lastUsedAt,
    })
    .execute()
}

export async function findByCredentialId(q: Q, credentialId: string): Promise<StoredPasskey | null> {
  const r = await q.selectFrom('webauthn_credential').selectAll().where('credential_id', '=', credentialId).executeTakeFirst()
  return r ? toPasskey(r) : null
}

export async function findPasskey(q: Q, id: string): Promise<StoredPasskey | null> {
  const r = await q.selectFrom('webauthn_credential').selectAll().where('id', '=', id).executeTakeFirst()
  return r ? toPasskey(r) : null
}

export async function listPasskeysOf(q: Q, userId: string): Promise<StoredPasskey[]> {
  return (await q.selectFrom('webauthn_credential').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute()).map(toPasskey)
}

/** Records a use; the counter only moves forward (a concurrent older answer cannot lower it). */
export async function markUsed(q: Q, id: string, counter: number, at: string): Promise<void> {
  await q.updateTable('webauthn_credential').set({ counter, last_used_at: at }).where('id', '=', id).where('counter', '<=', counter).execute()
}

export async function deletePasskey(q: Q, id: string): Promise<void> {
  await q.deleteFrom('webauthn_credential').where('id', '=', id).execute()
}
