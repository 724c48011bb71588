import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { AppError } from '../../core/errors'
import { IdParams as Params } from '../../core/schema'
import type { Deps } from '../../domain/deps'
import { members, PasswordSignInInput, sessions, SessionView, SignedInView, signin, type SessionInfo, type StartedSession } from '../../domain/members'
import { actorOf, SESSION_COOKIE, sessionCookieOf, sessionCookieOptions, transportOf } from '../../surfaces/auth'

const view = (s: SessionInfo, currentId: string | null) => ({
  id: s.id,
  method: s.method,
  address: s.address,
  userAgent: s.userAgent,
  createdAt: s.createdAt,
  lastSeenAt: s.lastSeenAt,
  idleExpiresAt: s.idleExpiresAt,
  absoluteExpiresAt: s.absoluteExpiresAt,
  current: s.id === currentId,
})

const noSession = () => new AppError(401, 'no_session', 'This request carries no session cookie; sign in at POST /api/v1/session/password')

/** Cookies are set only over TLS, or over plain HTTP on localhost; anywhere else the hub says why it refuses. */
export function requireSecureTransport(req: FastifyRequest): void {
  if (transportOf(req) === 'insecure')
    throw new AppError(403, 'tls_required', 'Sign-in sets a session cookie, which needs HTTPS: serve the hub with TLS_CERT_FILE and TLS_KEY_FILE, or behind a TLS proxy with TRUST_PROXY set (plain HTTP works only on localhost)')
}

/** Sets the cookie of a session just started and answers what the page needs (the CSRF token). */
export async function answerSignedIn(deps: Deps, req: FastifyRequest, reply: FastifyReply, started: StartedSession) {
  void reply.setCookie(SESSION_COOKIE, started.cookieValue, sessionCookieOptions(req, new Date(started.expiresAt)))
  const user = await members.findUserByEmailOrId(deps, started.session.userId)
  if (!user) throw noSession()
  return { user, session: view(started.session, started.session.id), csrfToken: started.csrfToken }
}

/** The address a sign-in came from (the client's, through a trusted proxy) and its user agent. */
export const originOf = (req: FastifyRequest) => ({ address: req.ip, userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null })

/** Browser sessions: sign in, who am I (with the CSRF token), sign out, my sessions. */
export const sessionRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/session/password',
    {
      // The password is the authentication; a cookie already held plays no part.
      config: { auth: 'in-route' },
      schema: { tags: ['session'], summary: 'Sign in with e-mail, password and TOTP code: sets the session cookie', security: [], body: PasswordSignInInput, response: { 200: SignedInView } },
    },
    async (req, reply) => {
      requireSecureTransport(req)
      const started = await signin.signInWithPassword(deps, { ...req.body, ...originOf(req) })
      return answerSignedIn(deps, req, reply, started)
    },
  )

  app.get('/session', { schema: { tags: ['session'], summary: 'The session of this request, its user and its CSRF token', response: { 200: SignedInView } } }, async (req) => {
    const cookie = sessionCookieOf(req)
    if (!req.signinSession || cookie === null) throw noSession()
    const { user } = await members.me(deps, actorOf(req))
    return { user, session: view(req.signinSession, req.signinSession.id), csrfToken: sessions.csrfTokenOfCookie(cookie) }
  })

  app.delete('/session', { schema: { tags: ['session'], summary: 'Sign out: ends this session and clears its cookie' } }, async (req, reply) => {
    if (!req.signinSession) throw noSession()
    await sessions.endSession(deps, actorOf(req), req.signinSession.id, 'signed_out')
    void reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.code(204).send()
  })

  app.get('/me/sessions', { schema: { tags: ['session'], summary: 'My sessions that still work', response: { 200: Type.Array(SessionView) } } }, async (req) =>
    (await sessions.listMySessions(deps, actorOf(req))).map((s) => view(s, req.signinSession?.id ?? null)),
  )

  app.delete(
    '/me/sessions/:id',
    { schema: { tags: ['session'], summary: 'End one of my sessions (its live connections close)', params: Params, response: { 200: SessionView } } },
    async (req, reply) => {
      const ended = await sessions.endSession(deps, actorOf(req), req.params.id)
      if (ended.id === req.signinSession?.id) void reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return view(ended, req.signinSession?.id ?? null)
    },
  )
}
