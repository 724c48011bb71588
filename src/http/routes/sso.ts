import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Deps } from '../../domain/deps'
import { sso, SsoProviderInput, SsoProviderView } from '../../domain/sso'
import { sessions } from '../../domain/members'
import { actorOf, SESSION_COOKIE, sessionCookieOptions, transportOf } from '../../surfaces/auth'
import { publicOriginOf } from '../relying-party'
import { originOf, requireSecureTransport } from './session'

const OrgParams = Type.Object({ org: Type.String({ minLength: 1, maxLength: 200, description: 'The organization: its id or its name' }) })

/**
 * The state of a sign-in begun here, also kept in this browser: the callback must come back to
 * the browser that began it (a link someone else began cannot sign this browser in). SameSite=Lax,
 * as the provider's redirect back is a cross-site navigation; only the SSO routes see it.
 */
export const SSO_STATE_COOKIE = 'sw_sso_state'
const SSO_PATH = '/api/v1/sso'

export const ssoRedirectUri = (deps: Deps, req: FastifyRequest): string => `${publicOriginOf(deps, req)}${SSO_PATH}/callback`

const stateCookieOptions = (req: FastifyRequest) => ({ path: SSO_PATH, httpOnly: true, sameSite: 'lax', secure: transportOf(req) === 'tls', maxAge: 600 }) as const

function stateCookieOf(req: FastifyRequest): string | null {
  const v = (req as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies?.[SSO_STATE_COOKIE]
  return v === undefined || v === '' ? null : v
}

/** After a sign-in the browser lands on the console. */
const LANDING = '/'

/** A nation's single sign-on: its admin connects a provider; its people sign in there. */
export const ssoRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/sso/:org', { schema: { tags: ['sso'], summary: 'The nation’s OpenID provider (its own admins)', params: OrgParams, response: { 200: SsoProviderView } } }, (req) =>
    sso.getProvider(deps, actorOf(req), req.params.org),
  )

  app.put(
    '/sso/:org',
    {
      schema: {
        tags: ['sso'],
        summary: 'Connect the nation’s tree to an OpenID Connect provider (its own admins); the issuer must answer discovery',
        params: OrgParams,
        body: SsoProviderInput,
        response: { 200: SsoProviderView },
      },
    },
    (req) => sso.putProvider(deps, actorOf(req), req.params.org, req.body),
  )

  app.delete('/sso/:org', { schema: { tags: ['sso'], summary: 'Disconnect the nation’s provider (its own admins)', params: OrgParams, response: { 200: SsoProviderView } } }, (req) =>
    sso.removeProvider(deps, actorOf(req), req.params.org),
  )

  app.get(
    '/sso/:org/login',
    {
      config: { auth: 'public' },
      schema: { tags: ['sso'], summary: 'Sign in through the nation’s provider: redirects there (any organization of the tree may be named)', security: [], params: OrgParams },
    },
    async (req, reply) => {
      requireSecureTransport(req)
      const begun = await sso.beginSignIn(deps, req.params.org, ssoRedirectUri(deps, req))
      void reply.setCookie(SSO_STATE_COOKIE, begun.state, stateCookieOptions(req))
      return reply.redirect(begun.url, 303)
    },
  )

  app.get(
    '/sso/callback',
    {
      // The provider's answer is the authentication; a cookie already held plays no part.
      config: { auth: 'in-route' },
      schema: {
        tags: ['sso'],
        summary: 'Where the provider sends the browser back: checks state, PKCE, nonce and issuer, signs the user in (session cookie) and redirects to the console',
        security: [],
        querystring: Type.Object({}, { additionalProperties: Type.String({ maxLength: 4096 }) }),
      },
    },
    async (req, reply) => {
      requireSecureTransport(req)
      const query = new URLSearchParams(req.query as Record<string, string>)
      const state = stateCookieOf(req)
      void reply.clearCookie(SSO_STATE_COOKIE, { path: SSO_PATH })
      const from = originOf(req)
      const { userId } = await sso.finishSignIn(deps, query, state, from)
      const started = await sessions.startSession(deps, { userId, method: 'oidc', ...from })
      void reply.setCookie(SESSION_COOKIE, started.cookieValue, sessionCookieOptions(req, new Date(started.expiresAt)))
      return reply.redirect(LANDING, 303)
    },
  )
}
