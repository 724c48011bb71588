/**
 * The events of joint decisions. Each is marked so that only the proposal's addressees (and its
 * proposing organization) receive it: an AMBER marking to them, whatever the proposal's own
 * marking; a disclosure not yet adopted sends each holder its own events, naming nobody else.
 */
import { feedEvent, type EventDefinitions } from '../event-definition'
import type { AnswerKind, Outcome, Tally } from './procedures'

export interface DecisionProposed {
  proposalId: string
  kind: string
  title: string
  text: string
  procedure: string
  round: number
  deadlineAt: string
  /** The organizations asked; empty for a disclosure, whose holders are not named to each other. */
  addressees: string[]
}

export interface DecisionAnswered {
  proposalId: string
  round: number
  /** Who answered what: null when the proposal keeps answers closed until the deadline. */
  addressee: string | null
  answer: AnswerKind | null
  /** How many addressees have answered this round, of how many. */
  answered: number
  of: number
}

export interface SilenceBroken {
  proposalId: string
  round: number
  addressee: string | null
  reason: string
  amendedText: string | null
}

export interface DecisionReissued {
  proposalId: string
  round: number
  text: string
  deadlineAt: string
}

export interface DecisionDecided {
  proposalId: string
  round: number
  outcome: Outcome
  tally: Tally
  /** The kinds of effect applied with the outcome (empty unless adopted). */
  effects: string[]
}

export interface CorrelationDisclosed {
  proposalId: string
  correlationId: string
  /** The other holders of the correlated value, now known to this one. */
  holders: { orgId: string; name: string | null }[]
}

export const decisionEvents = {
  'decision.proposed': feedEvent<DecisionProposed>('a proposal was put to its addressees'),
  'decision.answered': feedEvent<DecisionAnswered>('an addressee answered a proposal'),
  'decision.silence_broken': feedEvent<SilenceBroken>('an addressee broke silence on a proposal, with its reason'),
  'decision.reissued': feedEvent<DecisionReissued>('the proposer issued an amended text as a new round'),
  'decision.withdrawn': feedEvent<{ proposalId: string; reason: string | null }>('the proposer withdrew a proposal'),
  'decision.decided': feedEvent<DecisionDecided>('a proposal’s deadline passed: its outcome, and its effects applied'),
  'decision.correlation_disclosed': feedEvent<CorrelationDisclosed>('an adopted disclosure: the other holders of a correlated value'),
} satisfies EventDefinitions
