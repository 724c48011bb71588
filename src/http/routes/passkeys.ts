import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { IdParams as Params } from '../../core/schema'
import type { Deps } from '../../domain/deps'
import { EnrolmentParams, sessions, SignedInView } from '../../domain/members'
import { passkeys, PasskeyRegistrationInput, PasskeySignInInput, PasskeyView, WebAuthnOptions } from '../../domain/passkeys'
import { actorOf } from '../../surfaces/auth'
import { relyingPartyOf } from '../relying-party'
import { answerSignedIn, originOf, requireSecureTransport } from './session'

const fromOf = (req: FastifyRequest) => {
  const o = originOf(req)
  return { address: o.address, userAgent: o.userAgent }
}

/** Signing in with a passkey, and a signed-in user's passkeys: register another, list, remove. */
export const passkeyRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/session/passkey-options',
    {
      // The passkey is the authentication; a cookie already held plays no part.
      config: { auth: 'in-route' },
      schema: { tags: ['session'], summary: 'Options for signing in with a passkey (pass them to startAuthentication); the challenge answers once, within 5 minutes', security: [], response: { 200: WebAuthnOptions } },
    },
    (req) => passkeys.signInOptions(deps, relyingPartyOf(deps, req)),
  )

  app.post(
    '/session/passkey',
    {
      config: { auth: 'in-route' },
      schema: { tags: ['session'], summary: 'Sign in with a passkey: the authenticator’s answer to the options; sets the session cookie', security: [], body: PasskeySignInInput, response: { 200: SignedInView } },
    },
    async (req, reply) => {
      requireSecureTransport(req)
      const from = fromOf(req)
      const { userId } = await passkeys.verifySignIn(deps, relyingPartyOf(deps, req), req.body.response as never, from)
      const started = await sessions.startSession(deps, { userId, method: 'passkey', ...from })
      return answerSignedIn(deps, req, reply, started)
    },
  )

  app.post(
    '/enrolment/:token/passkey-options',
    {
      config: { auth: 'public' },
      schema: { tags: ['session'], summary: 'Options for enrolling with a passkey through a one-time link (the link stays unused until the passkey is registered)', security: [], params: EnrolmentParams, response: { 200: WebAuthnOptions } },
    },
    (req) => passkeys.enrolmentOptions(deps, relyingPartyOf(deps, req), req.params.token, req.actor),
  )

  app.post(
    '/enrolment/:token/passkey',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Complete an enrolment with a passkey: registers it, uses the link up and signs in',
        security: [],
        params: EnrolmentParams,
        body: PasskeyRegistrationInput,
        response: { 200: SignedInView },
      },
    },
    async (req, reply) => {
      requireSecureTransport(req)
      const from = fromOf(req)
      const done = await passkeys.enrolWithPasskey(deps, relyingPartyOf(deps, req), req.params.token, req.actor, req.body as never, from)
      const started = await sessions.startSession(deps, { userId: done.user.id, method: 'passkey', ...from })
      void reply.header('cache-control', 'no-store')
      return answerSignedIn(deps, req, reply, started)
    },
  )

  app.post(
    '/passkeys/registration-options',
    { schema: { tags: ['passkeys'], summary: 'Options for registering a passkey for the caller (pass them to startRegistration)', response: { 200: WebAuthnOptions } } },
    (req) => passkeys.registrationOptions(deps, relyingPartyOf(deps, req), actorOf(req).userId),
  )

  app.post(
    '/passkeys',
    { schema: { tags: ['passkeys'], summary: 'Register a passkey: the authenticator’s answer to the registration options', body: PasskeyRegistrationInput, response: { 201: PasskeyView } } },
    async (req, reply) =>
      reply.code(201).send(await passkeys.registerPasskey(deps, relyingPartyOf(deps, req), actorOf(req).userId, req.body as never, fromOf(req))),
  )

  app.get('/passkeys', { schema: { tags: ['passkeys'], summary: 'My passkeys', response: { 200: Type.Array(PasskeyView) } } }, (req) => passkeys.listMine(deps, actorOf(req)))

  app.delete('/passkeys/:id', { schema: { tags: ['passkeys'], summary: 'Remove one of my passkeys', params: Params, response: { 200: PasskeyView } } }, (req) =>
    passkeys.removeMine(deps, actorOf(req), req.params.id),
  )
}
