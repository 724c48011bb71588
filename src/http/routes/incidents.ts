import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../domain/deps'
import { AudienceInput, IncidentInput, IncidentPatch, IncidentQuery, IncidentView, incidents, StatusInput, TimelineInput } from '../../domain/incident'
import { IdParams as Params } from '../../core/schema'
import { actorOf } from '../../surfaces/auth'

const tags = ['incidents']

/** Incidents: every read goes through the TLP filter; a RED or AMBER+STRICT read is audited. */
export const incidentRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/incidents', { schema: { tags, summary: 'Incidents the caller may see', querystring: IncidentQuery, response: { 200: Type.Array(IncidentView) } } }, (req) =>
    incidents.listIncidents(deps, actorOf(req), req.query),
  )
  app.post('/incidents', { schema: { tags, summary: 'Report an incident', body: IncidentInput, response: { 201: IncidentView } } }, async (req, reply) =>
    reply.code(201).send(await incidents.reportIncident(deps, actorOf(req), req.body)),
  )
  app.get('/incidents/:id', { schema: { tags, summary: 'One incident, with its NIS2 clock and timeline', params: Params, response: { 200: IncidentView } } }, (req) =>
    incidents.getIncident(deps, actorOf(req), req.params.id),
  )
  app.patch('/incidents/:id', { schema: { tags, summary: 'Update an incident', params: Params, body: IncidentPatch, response: { 200: IncidentView } } }, (req) =>
    incidents.updateIncident(deps, actorOf(req), req.params.id, req.body),
  )
  app.post(
    '/incidents/:id/status',
    { schema: { tags, summary: 'Change status (open, contained, recovered, closed); 409 names the current one', params: Params, body: StatusInput, response: { 200: IncidentView } } },
    (req) => incidents.changeStatus(deps, actorOf(req), req.params.id, req.body.status),
  )
  app.post(
    '/incidents/:id/audience',
    {
      schema: {
        tags,
        summary: 'Widen the audience: add organizations or users (the originator; never removes anyone, never changes the TLP)',
        params: Params,
        body: AudienceInput,
        response: { 200: IncidentView },
      },
    },
    (req) => incidents.widenIncidentAudience(deps, actorOf(req), req.params.id, req.body),
  )
  app.post(
    '/incidents/:id/timeline',
    { schema: { tags, summary: 'Add a timeline entry', params: Params, body: TimelineInput, response: { 201: IncidentView } } },
    async (req, reply) => reply.code(201).send(await incidents.addTimelineEntry(deps, actorOf(req), req.params.id, req.body)),
  )
}
