import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../domain/deps'
import { IssuedToken, MeView, members, OrgInput, OrgView, TokenInput, TokenView, UserInput, UserView } from '../../domain/members'
import { Id, IdParams as Params } from '../../core/schema'
import { actorOf } from '../../surfaces/auth'

/** Organizations, users, API tokens and the caller itself: each route calls one use case. */
export const memberRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/me', { schema: { tags: ['members'], summary: 'Who the caller is', response: { 200: MeView } } }, (req) => members.me(deps, actorOf(req)))

  app.get('/orgs', { schema: { tags: ['members'], summary: 'The member directory', response: { 200: Type.Array(OrgView) } } }, () => members.listOrgs(deps))

  app.post(
    '/orgs',
    { schema: { tags: ['members'], summary: 'Admit an organization (hub admins only)', body: OrgInput, response: { 201: OrgView } } },
    async (req, reply) => reply.code(201).send(await members.admitOrg(deps, actorOf(req), req.body)),
  )

  app.get('/users', { schema: { tags: ['members'], summary: 'Users the caller manages', response: { 200: Type.Array(UserView) } } }, (req) =>
    members.listUsers(deps, actorOf(req)),
  )

  app.post(
    '/users',
    { schema: { tags: ['members'], summary: 'Add a user (admins, to their own organizations)', body: UserInput, response: { 201: UserView } } },
    async (req, reply) => reply.code(201).send(await members.addUser(deps, actorOf(req), req.body)),
  )

  app.post(
    '/users/:id/disable',
    { schema: { tags: ['members'], summary: 'Disable a user (admins over its organization): its tokens fail and its live connections end', params: Params, response: { 200: UserView } } },
    (req) => members.disableUser(deps, actorOf(req), req.params.id),
  )

  app.get(
    '/tokens',
    {
      schema: {
        tags: ['members'],
        summary: 'API tokens of the caller, or of a user it manages',
        querystring: Type.Object({ userId: Type.Optional(Id) }, { additionalProperties: false }),
        response: { 200: Type.Array(TokenView) },
      },
    },
    (req) => members.listTokens(deps, actorOf(req), req.query.userId),
  )

  app.post(
    '/tokens',
    { schema: { tags: ['members'], summary: 'Issue an API token (shown once)', body: TokenInput, response: { 201: IssuedToken } } },
    async (req, reply) => reply.code(201).send(await members.issueToken(deps, actorOf(req), req.body)),
  )

  app.delete('/tokens/:id', { schema: { tags: ['members'], summary: 'Revoke an API token', params: Params, response: { 200: TokenView } } }, (req) =>
    members.revokeToken(deps, actorOf(req), req.params.id),
  )
}
