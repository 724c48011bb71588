/**
 * Browser sessions: started by a sign-in (password + TOTP here; passkeys and OpenID Connect build
 * on startSession), found by the cookie's secret on every request, ended by signing out, by the
 * user from another session, by idleness or age, or by the user being disabled.
 */
import { newId } from '../../core/ids'
import { notFound, unauthorized } from '../../core/errors'
import type { Deps } from '../deps'
import { unitOfWork } from '../unit-of-work'
import type { Actor } from './members'
import { parseRoles } from './members'
import * as store from './members.store'
import { actorFor, actorOfChain, emitCredentialRevoked, type Credential } from './members.service'
import {
  csrfHashOf,
  csrfMatches,
  csrfTokenOf,
  DEFAULT_SESSION_POLICY,
  hashSessionSecret,
  idleExpiry,
  looksLikeSessionSecret,
  newSessionSecret,
  sessionEndAt,
  type SessionInfo,
  type SessionPolicy,
  type SignInMethod,
} from './sessions'
import * as sessions from './sessions.store'

export interface StartSessionInput {
  userId: string
  method: SignInMethod
  address: string | null
  userAgent: string | null
}

export interface StartedSession {
  /** The cookie's value (shown once; only its hash is stored). */
  cookieValue: string
  /** What the browser sends back in the X-CSRF-Token header on every state-changing request. */
  csrfToken: string
  /** The absolute end of the session (the cookie's expiry). */
  expiresAt: string
  idleExpiresAt: string
  session: SessionInfo
}

export const policyOf = (deps: Deps): SessionPolicy => deps.sessions ?? DEFAULT_SESSION_POLICY

/**
 * Starts a session for a user who has just proved who they are (the caller checked that). The
 * sign-in is audited as `session.start` with its method and address.
 */
export async function startSession(deps: Deps, input: StartSessionInput): Promise<StartedSession> {
  const policy = policyOf(deps)
  return unitOfWork(deps, async (u) => {
    const user = await store.findUser(u.tx, input.userId)
    if (!user || user.disabledAt !== null) throw unauthorized('That user cannot sign in')
    const absoluteExpiresAt = new Date(u.now.getTime() + policy.absoluteMs).toISOString()
    const session: SessionInfo = {
      id: newId(),
      userId: user.id,
      method: input.method,
      address: input.address,
      userAgent: input.userAgent === null ? null : input.userAgent.slice(0, 400),
      createdAt: u.at,
      lastSeenAt: u.at,
      idleExpiresAt: idleExpiry(u.now, absoluteExpiresAt, policy),
      absoluteExpiresAt,
      endedAt: null,
      endReason: null,
    }
    const secret = newSessionSecret()
    await sessions.insertSession(u.tx, session, hashSessionSecret(secret), csrfHashOf(secret))
    await u.audit(await actorFor(u.tx, user), 'session.start', session.id, { userId: user.id, method: input.method, address: input.address })
    return { cookieValue: secret, csrfToken: csrfTokenOf(secret), expiresAt: absoluteExpiresAt, idleExpiresAt: session.idleExpiresAt, session }
  })
}

/** A session is touched at most once a minute, so that reads do not all become writes. */
const TOUCH_EVERY_MS = 60_000

export interface SessionAuth {
  actor: Actor
  /** What a live connection holds: it ends with the session (its id stands where a token's would). */
  credential: Credential
  session: SessionInfo
}

/**
 * The session a cookie names, with its actor; every refusal reads the same. Each use pushes the
 * idle expiry on (never past the absolute one).
 */
export async function authenticateSession(deps: Deps, raw: string): Promise<SessionAuth> {
  if (!looksLikeSessionSecret(raw)) throw unauthorized('The session is unknown or has ended; sign in again')
  const found = await sessions.findSessionBySecretHash(deps.db, hashSessionSecret(raw))
  const now = deps.clock.now()
  if (!found || found.user.disabledAt !== null) throw unauthorized('The session is unknown or has ended; sign in again')
  const end = sessionEndAt(found.session, now)
  if (end !== null) {
    // Expired but never ended: end and audit it now (once; the sweep ends those never presented again).
    if (end !== 'ended') await endExpired(deps, found.session.id, now)
    throw unauthorized('The session is unknown or has ended; sign in again')
  }
  let session = found.session
  if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) {
    const idleExpiresAt = idleExpiry(now, session.absoluteExpiresAt, policyOf(deps))
    await sessions.touchSession(deps.db, session.id, now.toISOString(), idleExpiresAt)
    session = { ...session, lastSeenAt: now.toISOString(), idleExpiresAt }
  }
  const { user } = found
  const actor = actorOfChain(user.id, user.email, parseRoles(user.roles), await store.cachedOrgChain(deps.db, user.orgId))
  return { actor, session, credential: { tokenId: session.id, userId: user.id, expiresAt: session.absoluteExpiresAt } }
}

/** The CSRF token of the session a cookie names (GET /api/v1/session hands it to the page). */
export const csrfTokenOfCookie = (raw: string): string => csrfTokenOf(raw)

/** Whether `sent` is the CSRF token of the session the cookie names (compared in constant time). */
export const csrfMatchesCookie = (raw: string, sent: string | undefined): boolean => csrfMatches(raw, sent)

/** Ends one session of the actor's (signing out, or ending another of theirs); its live connections close. */
export async function endSession(deps: Deps, actor: Actor, sessionId: string, reason: 'signed_out' | 'ended_by_user' = 'ended_by_user'): Promise<SessionInfo> {
  return unitOfWork(deps, async (u) => {
    const s = await sessions.findSession(u.tx, sessionId)
    // Another user's session answers as a missing one.
    if (!s || s.userId !== actor.userId || s.endedAt !== null) throw notFound('Session')
    await sessions.markEnded(u.tx, s.id, u.at, reason)
    await u.audit(actor, 'session.end', s.id, { userId: s.userId, reason })
    await emitCredentialRevoked(u, actor, { userId: s.userId, tokenId: s.id, reason: 'session_ended' })
    return { ...s, endedAt: u.at, endReason: reason }
  })
}

/** The actor's sessions that still work now. */
export async function listMySessions(deps: Deps, actor: Actor): Promise<SessionInfo[]> {
  const now = deps.clock.now()
  return (await sessions.listOpenSessionsOf(deps.db, actor.userId)).filter((s) => sessionEndAt(s, now) === null)
}

/** Ends every session of the actor's but `keep` (e.g. "sign out everywhere else"); returns how many ended. */
export async function endMySessions(deps: Deps, actor: Actor, keep: string | null = null): Promise<number> {
  const open = (await listMySessions(deps, actor)).filter((s) => s.id !== keep)
  for (const s of open) await endSession(deps, actor, s.id)
  return open.length
}

/**
 * Ends a session that expired at `now` (idle or absolute) and audits it as `session.end` by the
 * system, in one unit; false when it had already ended or has not expired. Marking it ended only
 * while still open makes the audit entry happen once, whoever (request or sweep) gets there first.
 */
export async function endExpired(deps: Deps, sessionId: string, now: Date): Promise<boolean> {
  return unitOfWork(deps, async (u) => {
    const s = await sessions.findSession(u.tx, sessionId)
    if (!s) return false
    const reason = sessionEndAt(s, now)
    if (reason !== 'idle' && reason !== 'absolute') return false
    const expiredAt = reason === 'absolute' ? s.absoluteExpiresAt : s.idleExpiresAt
    if (!(await sessions.markEnded(u.tx, s.id, u.at, reason))) return false
    await u.audit('system', 'session.end', s.id, { userId: s.userId, reason, expiredAt })
    return true
  })
}

/** Ends and audits up to `limit` open sessions past their end now; returns how many it ended. */
export async function sweepExpiredSessions(deps: Deps, limit = 500): Promise<number> {
  const now = deps.clock.now()
  const expired = await sessions.listExpiredOpen(deps.db, now.toISOString(), limit)
  let ended = 0
  for (const s of expired) if (await endExpired(deps, s.id, now)) ended++
  return ended
}
