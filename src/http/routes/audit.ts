import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { readAudit, verifyAuditAs } from '../../domain/audit'
import type { Deps } from '../../domain/deps'
import { actorOf } from '../../surfaces/auth'

const Entry = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actor: Type.String(),
  actorOrg: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()], { description: 'the actor user\u2019s display name (null for the system or an unknown id); not part of the hash' }),
  actorOrgName: Type.Union([Type.String(), Type.Null()], { description: 'the actor organization\u2019s name; not part of the hash' }),
  action: Type.String(),
  subject: Type.String(),
  detail: Type.Record(Type.String(), Type.Unknown()),
  prevHash: Type.String(),
  hash: Type.String(),
})

export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first (admins)',
        querystring: Type.Object(
          {
            limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
            before: Type.Optional(Type.Integer({ minimum: 1, description: 'only entries with a smaller seq' })),
            subject: Type.Optional(Type.String({ maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(Entry) },
      },
    },
    (req) => readAudit(deps, actorOf(req), { limit: req.query.limit, afterSeq: req.query.before, subject: req.query.subject }),
  )

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Walk the hash chain and name the first broken link (hub admins)',
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            entries: Type.Integer(),
            head: Type.Optional(Type.String()),
            brokenAt: Type.Optional(Type.Integer()),
            reason: Type.Optional(Type.String()),
          }),
        },
      },
    },
    (req) => verifyAuditAs(deps, actorOf(req)),
  )
}
