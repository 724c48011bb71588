/**
 * Client secrets at rest: AES-256-GCM under the hub's SSO_SECRET_KEY, kept apart from the
 * database, so that a copy of the database alone does not give a nation's client secret.
 * Sealed form: `v1.<iv>.<tag>.<ciphertext>`, base64url; the organization id is bound in as
 * associated data, so a sealed secret moved to another organization's row does not open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

export const SECRET_KEY_BYTES = 32

export function seal(key: Buffer, plaintext: string, boundTo: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(boundTo, 'utf8'))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}

/** Throws when the key is another, the row was moved, or the value was tampered with. */
export function open(key: Buffer, sealed: string, boundTo: string): string {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== 'v1' || iv === undefined || tag === undefined || body === undefined) throw new Error('not a sealed secret')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
  decipher.setAAD(Buffer.from(boundTo, 'utf8'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}
