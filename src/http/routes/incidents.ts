import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Deps } from '../../domain/deps'
import { AudienceInput, INCIDENT_PAGE_MAX, IncidentInput, IncidentPatch, IncidentQuery, incidents, listIncidentPage, namedIncident, namedIncidents, NamedIncidentView, StatusInput, TimelineInput } from '../../domain/incident'
import { IdParams as Params } from '../../core/schema'
import { actorOf } from '../../surfaces/auth'
import { bulkhead } from '../bulkhead'

const tags = ['incidents']

/** How many incident lists are computed at once in this process; the others wait their turn. */
const LIST_CONCURRENCY = 2

/** The request's own path and query with the cursor of the next page. */
function withCursor(url: string, cursor: string): string {
  const u = new URL(url, 'http://hub')
  u.searchParams.set('cursor', cursor)
  return `${u.pathname}${u.search}`
}

/** Incidents: every read goes through the TLP filter; a RED or AMBER+STRICT read is audited. */
export const incidentRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  // A page of 200 costs milliseconds of the event loop: two at a time keep the other routes served.
  const fewListsAtOnce = bulkhead(LIST_CONCURRENCY)
  app.get(
    '/incidents',
    {
      schema: {
        tags,
        summary: `Incidents the caller may see, newest first, at most ${INCIDENT_PAGE_MAX} a page`,
        description: `A page holds at most ${INCIDENT_PAGE_MAX} incidents, whatever the limit. When more follow, the answer carries \`Link: <…&cursor=…>; rel="next"\` (RFC 8288): the next page's URL.`,
        querystring: IncidentQuery,
        response: { 200: Type.Array(NamedIncidentView) },
      },
    },
    async (req, reply) => {
      const page = await fewListsAtOnce(() => listIncidentPage(deps, actorOf(req), req.query))
      if (page.next !== null) void reply.header('link', `<${withCursor(req.url, page.next)}>; rel="next"`)
      return namedIncidents(deps.db, page.incidents)
    },
  )
  app.post('/incidents', { schema: { tags, summary: 'Report an incident', body: IncidentInput, response: { 201: NamedIncidentView } } }, async (req, reply) =>
    reply.code(201).send(await namedIncident(deps.db, await incidents.reportIncident(deps, actorOf(req), req.body))),
  )
  app.get('/incidents/:id', { schema: { tags, summary: 'One incident, with its NIS2 clock and timeline', params: Params, response: { 200: NamedIncidentView } } }, async (req) =>
    namedIncident(deps.db, await incidents.getIncident(deps, actorOf(req), req.params.id)),
  )
  app.patch('/incidents/:id', { schema: { tags, summary: 'Update an incident', params: Params, body: IncidentPatch, response: { 200: NamedIncidentView } } }, async (req) =>
    namedIncident(deps.db, await incidents.updateIncident(deps, actorOf(req), req.params.id, req.body)),
  )
  app.post(
    '/incidents/:id/status',
    { schema: { tags, summary: 'Change status (open, contained, recovered, closed); 409 names the current one', params: Params, body: StatusInput, response: { 200: NamedIncidentView } } },
    async (req) => namedIncident(deps.db, await incidents.changeStatus(deps, actorOf(req), req.params.id, req.body.status)),
  )
  app.post(
    '/incidents/:id/audience',
    {
      schema: {
        tags,
        summary: 'Widen the audience: add organizations or users (the originator; never removes anyone, never changes the TLP)',
        params: Params,
        body: AudienceInput,
        response: { 200: NamedIncidentView },
      },
    },
    async (req) => namedIncident(deps.db, await incidents.widenIncidentAudience(deps, actorOf(req), req.params.id, req.body)),
  )
  app.post(
    '/incidents/:id/timeline',
    { schema: { tags, summary: 'Add a timeline entry', params: Params, body: TimelineInput, response: { 201: NamedIncidentView } } },
    async (req, reply) => reply.code(201).send(await namedIncident(deps.db, await incidents.addTimelineEntry(deps, actorOf(req), req.params.id, req.body))),
  )
}
