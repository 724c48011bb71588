import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { capabilities, CapabilityInput, CapabilityQuery, CapabilityView, StandbyInput } from '../../domain/capability'
import type { Deps } from '../../domain/deps'
import { IdParams as Params } from '../../core/schema'
import { actorOf } from '../../surfaces/auth'

const tags = ['capabilities']

/** The capability catalogue: what members lend, as far as each caller may see it. */
export const capabilityRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/capabilities', { schema: { tags, summary: 'Browse the catalogue', querystring: CapabilityQuery, response: { 200: Type.Array(CapabilityView) } } }, (req) =>
    capabilities.listCapabilities(deps, actorOf(req), req.query),
  )
  app.post(
    '/capabilities',
    { schema: { tags, summary: 'Declare a capability (a nation\u2019s POC or admin)', body: CapabilityInput, response: { 201: CapabilityView } } },
    async (req, reply) => reply.code(201).send(await capabilities.declareCapability(deps, actorOf(req), req.body)),
  )
  app.get('/capabilities/:id', { schema: { tags, summary: 'One capability', params: Params, response: { 200: CapabilityView } } }, (req) =>
    capabilities.getCapability(deps, actorOf(req), req.params.id),
  )
  app.put(
    '/capabilities/:id',
    { schema: { tags, summary: 'Replace a capability\u2019s description', params: Params, body: CapabilityInput, response: { 200: CapabilityView } } },
    (req) => capabilities.updateCapability(deps, actorOf(req), req.params.id, req.body),
  )
  app.put(
    '/capabilities/:id/standby',
    { schema: { tags, summary: 'Put a capability on standby for a period (a rota)', params: Params, body: StandbyInput, response: { 200: CapabilityView } } },
    (req) => capabilities.setStandby(deps, actorOf(req), req.params.id, req.body),
  )
  app.delete('/capabilities/:id/standby', { schema: { tags, summary: 'End a standby', params: Params, response: { 200: CapabilityView } } }, (req) =>
    capabilities.setStandby(deps, actorOf(req), req.params.id, null),
  )
}
