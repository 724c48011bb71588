import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import {
  assistance,
  CancelInput,
  CloseInput,
  CoordinatorOfferInput,
  DeclineInput,
  DeliverInput,
  EscalationView,
  MetricsView,
  NamedAnyRequestView,
  NamedCandidateOfferView,
  NamedCandidatesView,
  namedAnyRequest,
  namedCandidates,
  namedOffer,
  namedOffers,
  namedRequest,
  namedRequests,
  NamedRequestView,
  RatingInput,
  RequestInput,
} from '../../domain/assistance'
import type { Deps } from '../../domain/deps'
import { IdParams as Params } from '../../core/schema'
import { actorOf } from '../../surfaces/auth'

const Limit = Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }) }, { additionalProperties: false })
const tags = ['assistance']
/** Assistance requests, offers, escalations and metrics; each route calls one use case. */
export const assistanceRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post('/assistance/requests', { schema: { tags, summary: 'Draft a request for help on an incident', body: RequestInput, response: { 201: NamedRequestView } } }, async (req, reply) =>
    reply.code(201).send(await namedRequest(deps.db, await assistance.createRequest(deps, actorOf(req), req.body))),
  )
  app.get('/assistance/requests', { schema: { tags, summary: 'Requests of the caller\u2019s nation it may see', querystring: Limit, response: { 200: Type.Array(NamedRequestView) } } }, async (req) =>
    namedRequests(deps.db, await assistance.listRequests(deps, actorOf(req), req.query.limit)),
  )
  app.get('/assistance/requests/:id', { schema: { tags, summary: 'A request, as the caller may see it', params: Params, response: { 200: NamedAnyRequestView } } }, async (req) =>
    namedAnyRequest(deps.db, await assistance.getRequest(deps, actorOf(req), req.params.id)),
  )
  app.get(
    '/assistance/requests/:id/candidates',
    { schema: { tags, summary: 'The current ranking, each candidate\u2019s score in parts (requester)', params: Params, response: { 200: NamedCandidatesView } } },
    async (req) => namedCandidates(deps.db, await assistance.previewCandidates(deps, actorOf(req), req.params.id)),
  )
  app.post('/assistance/requests/:id/approve-summary', { schema: { tags, summary: 'Approve the sanitized summary (requester)', params: Params, response: { 200: NamedRequestView } } }, async (req) =>
    namedRequest(deps.db, await assistance.approveSummary(deps, actorOf(req), req.params.id)),
  )
  app.post('/assistance/requests/:id/submit', { schema: { tags, summary: 'Submit: match and send offers (the nation\u2019s POC)', params: Params, response: { 200: NamedRequestView } } }, async (req) =>
    namedRequest(deps.db, await assistance.submitRequest(deps, actorOf(req), req.params.id)),
  )
  app.post(
    '/assistance/requests/:id/start',
    { schema: { tags, summary: 'Work begins (requester or accepted helper)', params: Params, response: { 200: Type.Object({ state: Type.String() }) } } },
    (req) => assistance.startWork(deps, actorOf(req), req.params.id),
  )
  app.post('/assistance/requests/:id/cancel', { schema: { tags, summary: 'Cancel; open offers are withdrawn (requester)', params: Params, body: CancelInput, response: { 200: NamedRequestView } } }, async (req) =>
    namedRequest(deps.db, await assistance.cancelRequest(deps, actorOf(req), req.params.id, req.body.reason)),
  )
  app.post(
    '/assistance/requests/:id/close',
    { schema: { tags, summary: 'Close with a rating 1\u20135 (requester); outsideHub: true closes accepted work done outside the hub', params: Params, body: CloseInput, response: { 200: NamedRequestView } } },
    async (req) => namedRequest(deps.db, await assistance.closeRequest(deps, actorOf(req), req.params.id, req.body)),
  )
  app.post(
    '/assistance/requests/:id/rating',
    { schema: { tags, summary: 'Rate the help received (the incident\u2019s reporting organization), also after closing', params: Params, body: RatingInput, response: { 200: NamedRequestView } } },
    async (req) => namedRequest(deps.db, await assistance.rateAsRecipient(deps, actorOf(req), req.params.id, req.body)),
  )
  app.post(
    '/assistance/requests/:id/offers',
    { schema: { tags, summary: 'Offer an escalated request by hand (hub coordinators)', params: Params, body: CoordinatorOfferInput, response: { 201: EscalationView } } },
    async (req, reply) => reply.code(201).send(await assistance.coordinatorOffer(deps, actorOf(req), req.params.id, req.body.capabilityId)),
  )

  app.get('/assistance/offers', { schema: { tags, summary: 'Offers made to the caller\u2019s organization', querystring: Limit, response: { 200: Type.Array(NamedCandidateOfferView) } } }, async (req) =>
    namedOffers(deps.db, await assistance.listMyOffers(deps, actorOf(req), req.query.limit)),
  )
  app.get('/assistance/offers/:id', { schema: { tags, summary: 'One offer (sanitized until accepted)', params: Params, response: { 200: NamedCandidateOfferView } } }, async (req) =>
    namedOffer(deps.db, await assistance.getOffer(deps, actorOf(req), req.params.id)),
  )
  app.post('/assistance/offers/:id/accept', { schema: { tags, summary: 'Accept an offer (provider\u2019s POC)', params: Params, response: { 200: NamedCandidateOfferView } } }, async (req) =>
    namedOffer(deps.db, await assistance.acceptOffer(deps, actorOf(req), req.params.id)),
  )
  app.post('/assistance/offers/:id/decline', { schema: { tags, summary: 'Decline with a reason (provider\u2019s POC)', params: Params, body: DeclineInput, response: { 200: NamedCandidateOfferView } } }, async (req) =>
    namedOffer(deps.db, await assistance.declineOffer(deps, actorOf(req), req.params.id, req.body.reason)),
  )
  app.post('/assistance/offers/:id/deliver', { schema: { tags, summary: 'Deliver: text plus linked intel (helper)', params: Params, body: DeliverInput, response: { 200: NamedCandidateOfferView } } }, async (req) =>
    namedOffer(deps.db, await assistance.deliver(deps, actorOf(req), req.params.id, req.body)),
  )

  app.get('/assistance/escalations', { schema: { tags, summary: 'Requests that found nobody (hub coordinators)', response: { 200: Type.Array(EscalationView) } } }, (req) =>
    assistance.listEscalations(deps, actorOf(req)),
  )
  app.get('/metrics/assistance', { schema: { tags, summary: 'Assistance metrics the caller may see: as requester and as provider, with units', response: { 200: MetricsView } } }, async (req) => {
    const m = await assistance.assistanceMetrics(deps, actorOf(req))
    return { ...m, requests: m.requests.map((r) => ({ ...r })) }
  })
}
