import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdParams as Params } from '../../core/schema'
import type { Deps } from '../../domain/deps'
import { EnabledView, enrolment, EnrolledView, EnrolmentParams, EnrolmentPreviewView, findHub, IssuedEnrolmentView, members, PasswordEnrolmentInput, sessions } from '../../domain/members'
import { actorOf } from '../../surfaces/auth'
import { answerSignedIn, originOf, requireSecureTransport } from './session'

/**
 * Enrolment: admins issue one-time links; the person who opens one sets their credentials
 * (GET shows what to set up, POST completes it and signs them in). The link's page is the console's.
 */
export const enrolmentRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/users/:id/enrolment',
    { schema: { tags: ['members'], summary: 'A one-time enrolment link for a user (admins over its organization; shown once)', params: Params, response: { 201: IssuedEnrolmentView } } },
    async (req, reply) => reply.code(201).send(await enrolment.issueEnrolment(deps, actorOf(req), req.params.id)),
  )

  app.post(
    '/users/:id/enable',
    { schema: { tags: ['members'], summary: 'Enable a disabled user: their old credentials are gone, so this returns a new enrolment link', params: Params, response: { 200: EnabledView } } },
    (req) => members.enableUser(deps, actorOf(req), req.params.id),
  )

  app.get(
    '/enrolment/:token',
    {
      config: { auth: 'public' },
      schema: { tags: ['session'], summary: 'Whose enrolment a link is and what to set up (with a proposed TOTP secret)', security: [], params: EnrolmentParams, response: { 200: EnrolmentPreviewView } },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store')
      const issuer = (await findHub(deps.db))?.name ?? 'Shieldwall'
      return enrolment.previewEnrolment(deps, req.params.token, req.actor, issuer)
    },
  )

  app.post(
    '/enrolment/:token',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Complete an enrolment with password + TOTP: sets them, signs in, and returns the recovery codes (shown once)',
        security: [],
        params: EnrolmentParams,
        body: PasswordEnrolmentInput,
        response: { 200: EnrolledView },
      },
    },
    async (req, reply) => {
      requireSecureTransport(req)
      const done = await enrolment.completePasswordEnrolment(deps, req.params.token, req.actor, req.body)
      const started = await sessions.startSession(deps, { userId: done.user.id, method: 'password', ...originOf(req) })
      void reply.header('cache-control', 'no-store')
      return { ...(await answerSignedIn(deps, req, reply, started)), recoveryCodes: done.recoveryCodes }
    },
  )
}
