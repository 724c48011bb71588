import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'

type Q = Db | Tx

export interface StoredCredential {
  userId: string
  passwordHash: string
  totpSecret: string
  totpLastStep: number
  setAt: string
}

export async function findCredential(q: Q, userId: string): Promise<StoredCredential | null> {
  const r = await q.selectFrom('user_credential').selectAll().where('user_id', '=', userId).executeTakeFirst()
  return r ? { userId: r.user_id, passwordHash: r.password_hash, totpSecret: r.totp_secret, totpLastStep: Number(r.totp_last_step), setAt: r.set_at } : null
}

/** Replaces the user's password + TOTP and recovery codes. */
export async function saveCredential(q: Q, c: StoredCredential, recoveryHashes: { id: string; hash: string }[]): Promise<void> {
  await deleteCredentials(q, c.userId)
  await q
    .insertInto('user_credential')
    .values({ user_id: c.userId, password_hash: c.passwordHash, totp_secret: c.totpSecret, totp_last_step: c.totpLastStep, set_at: c.setAt })
    .execute()
  if (recoveryHashes.length > 0) await q.insertInto('recovery_code').values(recoveryHashes.map((r) => ({ id: r.id, user_id: c.userId, hash: r.hash, used_at: null }))).execute()
}

/** Accepts a TOTP step only if it is later than the last one: true when this call took it (no replay, even racing). */
export async function takeTotpStep(q: Q, userId: string, step: number): Promise<boolean> {
  const r = await q.updateTable('user_credential').set({ totp_last_step: step }).where('user_id', '=', userId).where('totp_last_step', '<', step).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

export async function deleteCredentials(q: Q, userId: string): Promise<void> {
  await q.deleteFrom('recovery_code').where('user_id', '=', userId).execute()
  await q.deleteFrom('user_credential').where('user_id', '=', userId).execute()
}

/** Uses a recovery code up: true when it was the user's and unused (each works once). */
export async function useRecoveryCode(q: Q, userId: string, hash: string, at: string): Promise<boolean> {
  const r = await q.updateTable('recovery_code').set({ used_at: at }).where('user_id', '=', userId).where('hash', '=', hash).where('used_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

/**
 * Passkeys (the passkeys capability's webauthn_credential rows) are credentials too: a user who
 * holds one is enrolled, so no second enrolment link may add another person's authenticator, and
 * re-enabling a user clears them with the rest.
 */
export async function hasPasskey(q: Q, userId: string): Promise<boolean> {
  return (await q.selectFrom('webauthn_credential').select('id').where('user_id', '=', userId).executeTakeFirst()) !== undefined
}

export async function deletePasskeys(q: Q, userId: string): Promise<void> {
  await q.deleteFrom('webauthn_credential').where('user_id', '=', userId).execute()
}
