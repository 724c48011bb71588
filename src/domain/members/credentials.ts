/**
 * The password + TOTP credential (both required together) and recovery codes. Passwords are
 * hashed with Node's scrypt (memory-hard, salted); TOTP is RFC 6238 through otpauth, and a code
 * of a time step already used is refused (replay).
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'

const SCRYPT: ScryptOptions & { N: number; r: number; p: number } = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }
const KEY_BYTES = 32

const scryptAsync = (password: string, salt: Buffer, o: typeof SCRYPT): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, KEY_BYTES, o, (err, key) => (err ? reject(err) : resolve(key))))

/** `scrypt$N$r$p$salt$key` (base64url), so that the cost can rise later without breaking stored hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scryptAsync(password, salt, SCRYPT)
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$')
  if (kind !== 'scrypt' || !salt || !key) return false
  const want = Buffer.from(key, 'base64url')
  const got = await scryptAsync(password, Buffer.from(salt, 'base64url'), { ...SCRYPT, N: Number(n), r: Number(r), p: Number(p) })
  return want.length === got.length && timingSafeEqual(want, got)
}

/** Spends the time a real check would, so that an unknown e-mail answers no faster than a wrong password. */
let dummy: Promise<string> | null = null
export async function spendPasswordTime(password: string): Promise<void> {
  dummy ??= hashPassword('not a password')
  await verifyPassword(password, await dummy)
}

export const MIN_PASSWORD_LENGTH = 12

export const TOTP_PERIOD_S = 30

/** A fresh TOTP secret (160 bits, base32) and the otpauth:// URI an authenticator app scans. */
export function newTotp(issuer: string, label: string): { secret: string; uri: string } {
  const totp = new TOTP({ issuer, label, secret: new Secret({ size: 20 }), algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_S })
  return { secret: totp.secret.base32, uri: totp.toString() }
}

const totpOf = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_S })

/**
 * The time step a code belongs to (one step of clock drift either way), or null when it is wrong.
 * The caller refuses a step at or before the last one accepted: a replayed code.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: 1 })
  if (delta === null) return null
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_S) + delta
}

/** The code of a secret at a time (tests and the enrolment check use it). */
export const totpCode = (secret: string, at: Date): string => totpOf(secret).generate({ timestamp: at.getTime() })

/** Ten recovery codes, each 80 random bits in groups a person can type. */
export function newRecoveryCodes(n = 10): string[] {
  return Array.from({ length: n }, () => {
    const s = randomBytes(10).toString('hex')
    return `${s.slice(0, 5)}-${s.slice(5, 10)}-${s.slice(10, 15)}-${s.slice(15, 20)}`
  })
}

/** Recovery codes carry 80 random bits: a fast hash is enough (nothing to brute-force). */
export const hashRecoveryCode = (code: string): string => createHash('sha256').update(`recovery:${code.trim().toLowerCase()}`, 'utf8').digest('hex')

export const looksLikeRecoveryCode = (s: string): boolean => /^[0-9a-f]{5}(-[0-9a-f]{5}){3}$/i.test(s.trim())
