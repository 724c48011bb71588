/**
 * The hub's OpenPGP key and acknowledgement secret: generated on first start and kept in the
 * store (one row), so every hub process signs with the same key. Two processes starting at once
 * both generate; the first insert wins and both read it back.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Db } from '../../store/db'
import { generateHubKeyPair, readHubKey, type HubKey } from './pgp'

export async function ensureHubKey(db: Db, at: string, hubName: string, address: string): Promise<HubKey> {
  let row = await db.selectFrom('notify_hub_key').selectAll().where('id', '=', 1).executeTakeFirst()
  if (!row) {
    const pair = await generateHubKeyPair(hubName, address)
    await db
      .insertInto('notify_hub_key')
      .values({ id: 1, private_key: pair.privateArmored, public_key: pair.publicArmored, fingerprint: pair.fingerprint, ack_secret: randomBytes(32).toString('base64url'), created_at: at })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute()
    row = await db.selectFrom('notify_hub_key').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
  }
  return readHubKey(row.private_key, row.public_key, row.fingerprint, row.ack_secret)
}

/** The hub's public key, for anyone to verify its mail; null before the first start made one. */
export async function hubPublicKey(db: Db): Promise<{ publicKey: string; fingerprint: string } | null> {
  const row = await db.selectFrom('notify_hub_key').select(['public_key', 'fingerprint']).where('id', '=', 1).executeTakeFirst()
  return row ? { publicKey: row.public_key, fingerprint: row.fingerprint } : null
}

const mac = (secret: string, escalationId: string, userId: string): string => createHmac('sha256', secret).update(`ack:${escalationId}:${userId}`).digest('base64url')

/** The token of an acknowledgement link: who acknowledges which call, signed with the hub's secret. */
export const ackToken = (secret: string, escalationId: string, userId: string): string => `${escalationId}.${userId}.${mac(secret, escalationId, userId)}`

/** The escalation and user a token names, or null when it was not signed by this hub. */
export function readAckToken(secret: string, token: string): { escalationId: string; userId: string } | null {
  const [escalationId, userId, sig, ...rest] = token.split('.')
  if (!escalationId || !userId || !sig || rest.length > 0) return null
  const want = Buffer.from(mac(secret, escalationId, userId))
  const got = Buffer.from(sig)
  return want.length === got.length && timingSafeEqual(want, got) ? { escalationId, userId } : null
}

export async function ackSecretOf(db: Db): Promise<string | null> {
  return (await db.selectFrom('notify_hub_key').select('ack_secret').where('id', '=', 1).executeTakeFirst())?.ack_secret ?? null
}
