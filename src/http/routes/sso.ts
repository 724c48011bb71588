import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { Deps } from '../../domain/deps'
import { sso, SsoProviderInput, SsoProviderView } from '../../domain/sso'
import { actorOf } from '../../surfaces/auth'
import { publicOriginOf } from '../relying-party'

const OrgParams = Type.Object({ org: Type.String({ minLength: 1, maxLength: 200, description: 'The organization: its id or its name' }) })

/**
 * The state of a sign-in begun here, also kept in this browser: the callback must come back to
 * the browser that began it (a link someone else began cannot sign this browser in). SameSite=Lax,
 * as the provider's redirect back is a cross-site navigation; only the SSO routes see it.
 */
export const SSO_STATE_COOKIE = 'sw_sso_state'
const SSO_PATH = '/api/v1/sso'

export const ssoRedirectUri = (deps: Deps, req: FastifyRequest): string => `${publicOriginOf(deps, req)}${SSO_PATH}/callback`

function setStateCookie(req: FastifyRequest, reply: FastifyReply, state: string): void {
  const secure = req.protocol === 'https' ? '; Secure' : ''
  void reply.header('set-cookie', `${SSO_STATE_COOKIE}=${state}; Path=${SSO_PATH}; Max-Age=600; HttpOnly; SameSite=Lax${secure}`)
}

export function stateCookieOf(req: FastifyRequest): string | null {
  const header = req.headers.cookie ?? ''
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === SSO_STATE_COOKIE) return value.join('=')
  }
  return null
}

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
      const begun = await sso.beginSignIn(deps, req.params.org, ssoRedirectUri(deps, req))
      setStateCookie(req, reply, begun.state)
      return reply.redirect(begun.url, 303)
    },
  )
}
