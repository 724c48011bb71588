/**
 * Feed credentials at rest: AES-256-GCM with a fresh 96-bit IV per seal and the feed's id as
 * additional data, so a sealed secret copied onto another feed's row does not open. The sealed
 * form is `v1.<iv>.<tag>.<ciphertext>` (base64url). The key comes from FEED_SECRET_KEY or the key
 * file in the data folder (see src/feed-secret-key.ts).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

export class SecretBoxError extends Error {}

const b64 = (b: Buffer): string => b.toString('base64url')

export function seal(key: Buffer, feedId: string, plaintext: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(feedId, 'utf8'))
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return ['v1', b64(iv), b64(cipher.getAuthTag()), b64(ct)].join('.')
}

export function open(key: Buffer, feedId: string, sealed: string): string {
  const [version, iv, tag, ct] = sealed.split('.')
  if (version !== 'v1' || iv === undefined || tag === undefined || ct === undefined) throw new SecretBoxError('the stored credentials are not in a form this hub seals')
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    decipher.setAAD(Buffer.from(feedId, 'utf8'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    // Never the cause's text: it says nothing useful and must not echo key material.
    throw new SecretBoxError('the stored credentials do not open with this hub\u2019s FEED_SECRET_KEY')
  }
}
