import type { HubApp } from './surface'
import type { FastifyRequest } from 'fastify'
import { AppError, badRequest, unauthorized } from '../core/errors'
import type { Deps } from '../domain/deps'
import { exercises } from '../domain/exercise'
import { inExercise, members, sessions, type Actor, type Credential, type SessionInfo } from '../domain/members'

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
    /** The token behind `actor` (connections that outlive the request end with it). */
    credential: Credential | null
    /** The browser session behind `actor`, when the request came with the session cookie (not a token). */
    signinSession: SessionInfo | null
  }
  interface FastifyContextConfig {
    /**
     * 'public' routes also serve anonymous readers (who see CLEAR only); 'in-route' routes
     * authenticate themselves (the live WebSocket, whose refusals are close codes). Default: a
     * token is required.
     */
    auth?: 'required' | 'public' | 'in-route'
  }
}

/** The bearer token of a request, from `Authorization: Bearer sw_…`. */
export function bearerToken(req: FastifyRequest): string | null {
  const h = req.headers.authorization
  if (!h) return null
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h)
  if (!m) throw unauthorized('Use "Authorization: Bearer <token>"')
  return m[1]!
}

/** The header naming the exercise a request acts in; absent: the real world. */
export const EXERCISE_HEADER = 'shieldwall-exercise'
const EXERCISE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/

/** Whether `s` has the shape of an exercise id (as the Shieldwall-Exercise header and TAXII exercise roots name one). */
export const isExerciseId = (s: string): boolean => EXERCISE_ID.test(s)

/** The world a request acts in: the exercise its `Shieldwall-Exercise` header names, else the real world (null). */
export function worldOf(req: FastifyRequest): string | null {
  const h = req.headers[EXERCISE_HEADER]
  if (h === undefined) return null
  if (typeof h !== 'string' || !EXERCISE_ID.test(h)) throw badRequest('bad_exercise', 'Shieldwall-Exercise names one exercise id (letters, digits, . _ : -, at most 100)', '/headers/shieldwall-exercise')
  return h
}

/** The session cookie: http-only, SameSite=Strict, Secure when served over TLS (see sessionCookieOptions). */
export const SESSION_COOKIE = 'shieldwall_session'
/** The header carrying the session's CSRF token on every state-changing cookie request (GET /api/v1/session gives it). */
export const CSRF_HEADER = 'x-csrf-token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The session cookie's value, if the request carries one. */
export function sessionCookieOf(req: FastifyRequest): string | null {
  const v = (req as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies?.[SESSION_COOKIE]
  return v === undefined || v === '' ? null : v
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

/**
 * Whether a cookie may be set on this request: over TLS (the hub's own, or a trusted proxy's
 * X-Forwarded-Proto), or over plain HTTP from this very machine to localhost (development).
 */
export function transportOf(req: FastifyRequest): 'tls' | 'localhost' | 'insecure' {
  if (req.protocol === 'https') return 'tls'
  return LOOPBACK.test(req.ip) && LOCAL_HOSTS.has(req.hostname) ? 'localhost' : 'insecure'
}

/** The session cookie's attributes: http-only, SameSite=Strict, Secure over TLS, on the whole hub. */
export const sessionCookieOptions = (req: FastifyRequest, expires: Date) =>
  ({ path: '/', httpOnly: true, sameSite: 'strict', secure: transportOf(req) === 'tls', expires }) as const

/** A session by its cookie; state-changing requests must also carry its CSRF token. */
async function authenticateCookie(req: FastifyRequest, deps: Deps, raw: string): Promise<void> {
  const { actor, credential, session } = await sessions.authenticateSession(deps, raw)
  if (!SAFE_METHODS.has(req.method)) {
    const sent = req.headers[CSRF_HEADER]
    if (!csrfMatchesCookie(raw, typeof sent === 'string' ? sent : undefined))
      throw new AppError(403, 'csrf_required', 'A request signed in by cookie that changes anything needs the X-CSRF-Token header (GET /api/v1/session gives it)')
  }
  const world = worldOf(req)
  if (world !== null) await exercises.assertMayAct(deps, actor, world)
  req.actor = inExercise(actor, world)
  req.credential = credential
  req.signinSession = session
}

const csrfMatchesCookie = (raw: string, sent: string | undefined): boolean => sessions.csrfMatchesCookie(raw, sent)

/** Routes are closed unless they say otherwise; the API documentation pages are open. */
const needsToken = (req: FastifyRequest): boolean => {
  const url = req.routeOptions.url
  if (url === undefined || url.startsWith('/api/docs')) return false
  return (req.routeOptions.config.auth ?? 'required') === 'required'
}

/** Authenticates before the body is even read, so anonymous requests cost nothing. */
export function registerAuth(app: HubApp, deps: Deps): void {
  app.decorateRequest('actor', null)
  app.decorateRequest('credential', null)
  app.decorateRequest('signinSession', null)
  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.config.auth === 'in-route') return
    // No route here: its surface answers 404; credentials in another scheme (TAXII's Basic) are not ours to refuse.
    if (req.routeOptions.url === undefined && !/^Bearer\s/i.test(req.headers.authorization ?? '')) return
    const raw = bearerToken(req)
    if (raw !== null) {
      const { actor, credential } = await members.authenticateCredential(deps, raw)
      const world = worldOf(req)
      // Only an exercise's participants and controllers act in it; to anyone else it does not exist.
      if (world !== null) await exercises.assertMayAct(deps, actor, world)
      req.actor = inExercise(actor, world)
      req.credential = credential
      return
    }
    const cookie = sessionCookieOf(req)
    if (cookie !== null) {
      // On an open route a stale cookie only makes the reader anonymous; elsewhere it is refused.
      try {
        await authenticateCookie(req, deps, cookie)
      } catch (err) {
        if (needsToken(req) || (err instanceof AppError && err.code === 'csrf_required')) throw err
      }
      return
    }
    if (needsToken(req)) throw unauthorized()
  })
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthorized()
  return req.actor
}
