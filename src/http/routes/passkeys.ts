import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { IdParams as Params } from '../../core/schema'
import type { Deps } from '../../domain/deps'
import { passkeys, PasskeyRegistrationInput, PasskeyView, WebAuthnOptions } from '../../domain/passkeys'
import { actorOf } from '../../surfaces/auth'
import { relyingPartyOf } from '../relying-party'

const fromOf = (req: FastifyRequest) => ({ address: req.ip, userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null })

/** A signed-in user's passkeys: register another, list, remove. */
export const passkeyRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/passkeys/registration-options',
    { schema: { tags: ['passkeys'], summary: 'Options for registering a passkey for the caller (pass them to startRegistration)', response: { 200: WebAuthnOptions } } },
    (req) => passkeys.registrationOptions(deps, relyingPartyOf(deps, req), actorOf(req).userId),
  )

  app.post(
    '/passkeys',
    { schema: { tags: ['passkeys'], summary: 'Register a passkey: the authenticator’s answer to the registration options', body: PasskeyRegistrationInput, response: { 201: PasskeyView } } },
    async (req, reply) =>
      reply.code(201).send(await passkeys.registerPasskey(deps, relyingPartyOf(deps, req), actorOf(req).userId, req.body as never, { ...fromOf(req), via: 'signed-in' })),
  )

  app.get('/passkeys', { schema: { tags: ['passkeys'], summary: 'My passkeys', response: { 200: Type.Array(PasskeyView) } } }, (req) => passkeys.listMine(deps, actorOf(req)))

  app.delete('/passkeys/:id', { schema: { tags: ['passkeys'], summary: 'Remove one of my passkeys', params: Params, response: { 200: PasskeyView } } }, (req) =>
    passkeys.removeMine(deps, actorOf(req), req.params.id),
  )
}
