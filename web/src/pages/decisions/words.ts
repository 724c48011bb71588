/** Decision vocabulary in words, typed against the API contract so that a new kind or procedure does not compile without its label. */
import type { RequestBody, ResponseBody } from '../../api'

export type Decision = ResponseBody<'/api/v1/decisions', 'get'>[number]
export type Proposal = RequestBody<'/api/v1/decisions', 'post'>
type Kind = Proposal['kind']
type Procedure = Proposal['procedure']
export type AnswerKind = RequestBody<'/api/v1/decisions/{id}/answers', 'post'>['answer']

export const KIND_LABEL: Record<Kind, string> = {
  consultation: 'Consultation',
  attribution: 'Attribution',
  collective_response: 'Collective response',
  widen_marking: 'Widen a marking',
  disclose_correlation: 'Disclose a correlation',
  deploy_team: 'Deploy a team',
  free_text: 'Free text',
}

export const PROCEDURE_LABEL: Record<Procedure, string> = {
  silence: 'Silence procedure (adopted unless someone breaks silence)',
  consensus: 'Consensus (every addressee concurs)',
  majority: 'Majority',
}

export const ANSWER_LABEL: Record<AnswerKind, string> = { concur: 'concurs', object: 'objects', abstain: 'abstains', break_silence: 'breaks silence' }

export const stateInWords = (s: string) => s.replace('_', ' ')

/** Someone broke silence on the current round: it stays open until its deadline, but the proposer may issue an amended text now. */
export const silenceBroken = (d: Decision) =>
  d.state === 'silence_broken' || (d.procedure === 'silence' && d.state === 'open' && d.answers.some((a) => a.round === d.round && a.answer === 'break_silence'))
