import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams as Params } from '../../core/schema'
import { AnswerInput, DecisionListQuery, DecisionView, decisions, ProposalInput, ReissueInput, renderDecisionRecord, WithdrawInput } from '../../domain/decision'
import type { Deps } from '../../domain/deps'
import { actorOf } from '../../surfaces/auth'

const tags = ['decisions']
/** Joint decisions: propose, answer, re-issue after a silence break, withdraw, read the record; each route calls one use case. */
export const decisionRoutes: FastifyPluginAsyncTypebox<{ deps: Deps; hubName?: string }> = async (app, { deps, hubName }) => {
  app.post('/decisions', { schema: { tags, summary: 'Propose a joint decision to nations or organizations', body: ProposalInput, response: { 201: DecisionView } } }, async (req, reply) =>
    reply.code(201).send(await decisions.propose(deps, actorOf(req), req.body)),
  )
  app.get('/decisions', { schema: { tags, summary: 'Proposals the caller may see, newest first', querystring: DecisionListQuery, response: { 200: Type.Array(DecisionView) } } }, (req) =>
    decisions.listDecisions(deps, actorOf(req), req.query),
  )
  app.get('/decisions/:id', { schema: { tags, summary: 'A proposal and its record (text versions, rounds, answers, outcome, effects)', params: Params, response: { 200: DecisionView } } }, (req) =>
    decisions.getDecision(deps, actorOf(req), req.params.id),
  )
  app.get(
    '/decisions/:id/record.html',
    {
      schema: {
        tags,
        summary: 'The record as a printable page',
        params: Params,
        response: { 200: { description: 'text/html: the same record as GET /decisions/{id}', content: { 'text/html': { schema: Type.String() } } } },
      },
    },
    async (req, reply) => reply.type('text/html; charset=utf-8').send(renderDecisionRecord(await decisions.getDecision(deps, actorOf(req), req.params.id), hubName ?? 'Shieldwall')),
  )
  app.post('/decisions/:id/answers', { schema: { tags, summary: 'Answer (an addressee): concur, object, abstain or break silence', params: Params, body: AnswerInput, response: { 200: DecisionView } } }, (req) =>
    decisions.answer(deps, actorOf(req), req.params.id, req.body),
  )
  app.post('/decisions/:id/reissue', { schema: { tags, summary: 'Issue an amended text as a new round after a silence break (proposer)', params: Params, body: ReissueInput, response: { 200: DecisionView } } }, (req) =>
    decisions.reissue(deps, actorOf(req), req.params.id, req.body),
  )
  app.post('/decisions/:id/withdraw', { schema: { tags, summary: 'Withdraw a proposal before it is decided (proposer)', params: Params, body: WithdrawInput, response: { 200: DecisionView } } }, (req) =>
    decisions.withdraw(deps, actorOf(req), req.params.id, req.body),
  )
}
