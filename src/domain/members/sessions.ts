/** Browser sessions: what a session is, how long it lives, and its secrets (pure rules). */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** How a session was started (the sso helper adds its own: passkey, oidc). */
export type SignInMethod = 'password' | 'password+recovery' | 'passkey' | 'oidc' | (string & {})

export interface SessionPolicy {
  /** A session not used for this long ends. */
  idleMs: number
  /** A session ends this long after it started, used or not. */
  absoluteMs: number
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 }

export interface SessionInfo {
  id: string
  userId: string
  method: SignInMethod
  address: string | null
  userAgent: string | null
  createdAt: string
  lastSeenAt: string
  idleExpiresAt: string
  absoluteExpiresAt: string
  endedAt: string | null
  endReason: string | null
}

/** Why a session stopped working. */
export type SessionEnd = 'signed_out' | 'ended_by_user' | 'user_disabled' | 'idle' | 'absolute'

/** 256 random bits: the cookie's value. Only its hash is stored. */
export const newSessionSecret = (): string => `ss_${randomBytes(32).toString('base64url')}`
export const looksLikeSessionSecret = (raw: string): boolean => /^ss_[A-Za-z0-9_-]{43}$/.test(raw)

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex')
export const hashSessionSecret = (raw: string): string => sha256(`session:${raw}`)

/**
 * The CSRF token of a session, derived from its secret: a page reads it from GET /api/v1/session
 * and sends it back in a header; a cross-site page can neither read the cookie nor this answer.
 */
export const csrfTokenOf = (secret: string): string => createHash('sha256').update(`csrf:${secret}`, 'utf8').digest('base64url')

export function csrfMatches(secret: string, sent: string | undefined): boolean {
  if (sent === undefined) return false
  const want = Buffer.from(csrfTokenOf(secret))
  const got = Buffer.from(sent)
  return want.length === got.length && timingSafeEqual(want, got)
}

export const csrfHashOf = (secret: string): string => sha256(csrfTokenOf(secret))

/** When a session used at `at` next goes idle: never past its absolute end. */
export function idleExpiry(at: Date, absoluteExpiresAt: string, policy: SessionPolicy): string {
  const idle = new Date(at.getTime() + policy.idleMs).toISOString()
  return idle < absoluteExpiresAt ? idle : absoluteExpiresAt
}

/** Why a session no longer works at `now`, or null while it does. */
export function sessionEndAt(s: Pick<SessionInfo, 'endedAt' | 'idleExpiresAt' | 'absoluteExpiresAt'>, now: Date): 'ended' | 'idle' | 'absolute' | null {
  if (s.endedAt !== null) return 'ended'
  const t = now.toISOString()
  if (s.absoluteExpiresAt <= t) return 'absolute'
  if (s.idleExpiresAt <= t) return 'idle'
  return null
}
