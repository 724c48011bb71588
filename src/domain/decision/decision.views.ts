/** A proposal and its record as one caller may see it (see isSealed for what a disclosure keeps back). */
import { loadMarking } from '../../store/marking.store'
import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'
import { namesOf, visibleToText, type Actor } from '../members'
import { addresseeOf, decisionPermissions as perms } from './decision.permissions'
import { isSealed, lastAnswers, parseProposal, type Proposal } from './decision.rows'
import type { DecisionState, DecisionView } from './decision.schema'
import * as store from './decision.store'
import { tally, type Outcome } from './procedures'

const SEALED_AUDIENCE = 'the holders of the correlated value (each sees only itself until the disclosure is adopted) and the proposing organization'

export async function decisionView(q: Db | Tx, actor: Actor, row: store.ProposalRow, now: Date): Promise<DecisionView> {
  const p = parseProposal(row)
  const [rounds, answers, effects, marking] = await Promise.all([store.roundsOf(q, row.id), store.answersOf(q, row.id), store.effectsOf(q, row.id), loadMarking(q, row.marking_id)])
  const sealed = isSealed(p)
  const mine = addresseeOf(actor, p.addressees)
  const ownOrg = actor.orgId === row.proposer_org
  const roundOpen = (round: number) => row.state === 'open' && round === row.round
  const shown = answers.filter((a) => a.addressee === mine || (!sealed && (row.answers_open === 1 || !roundOpen(a.round) || a.answer === 'break_silence')))
  const addressees = sealed ? (mine === null ? [] : [mine]) : p.addressees
  const names = await namesOf(q, { orgIds: [...addressees, row.proposer_org, ...shown.map((a) => a.addressee), ...(p.params.widen?.addOrgs ?? [])], userIds: shown.map((a) => a.user_id) })
  const orgName = (id: string) => names.orgs.get(id) ?? null
  const countOpen = !sealed && (row.answers_open === 1 || row.state !== 'open')
  const current = rounds.at(-1)
  return {
    id: row.id,
    kind: p.kind,
    title: row.title,
    text: current?.text ?? '',
    subjectKind: row.subject_kind as DecisionView['subjectKind'],
    subjectIds: p.subjectIds,
    addressees: addressees.map((orgId) => ({ orgId, name: orgName(orgId) })),
    addresseesHidden: sealed,
    procedure: p.procedure,
    majority: p.rule === null ? null : { ...p.rule },
    answersOpen: row.answers_open === 1,
    proposer: sealed && !ownOrg ? null : { userId: row.proposer_user, orgId: row.proposer_org, name: orgName(row.proposer_org) },
    state: row.state as DecisionState,
    round: row.round,
    deadlineAt: row.deadline_at,
    outcome: row.outcome as Outcome | null,
    decidedAt: row.decided_at,
    tally: countOpen || (row.state !== 'open' && row.outcome !== null) ? tally(p.addressees, lastAnswers(answers, row.round)) : null,
    mayAnswer: row.state === 'open' && now.getTime() < Date.parse(row.deadline_at) && mine !== null && perms.may(actor, 'answer', { addressees: p.addressees }),
    widen: p.params.widen ?? null,
    deployment: p.params.deployment ? { ...p.params.deployment } : null,
    tlp: marking.tlp,
    visibleTo: p.kind === 'disclose_correlation' ? SEALED_AUDIENCE : await visibleToText(q, marking),
    exerciseId: row.exercise_id,
    createdAt: row.created_at,
    rounds: rounds.map((r) => ({ round: r.round, text: r.text, deadlineAt: r.deadline_at, issuedBy: r.issued_by, issuedAt: r.issued_at, outcome: r.outcome as Outcome | null, endedAt: r.ended_at })),
    answers: shown.map((a) => ({
      round: a.round,
      addressee: a.addressee,
      addresseeName: orgName(a.addressee),
      userId: a.user_id,
      userName: names.users.get(a.user_id) ?? null,
      answer: a.answer as DecisionView['answers'][number]['answer'],
      reason: a.reason,
      amendedText: a.amended_text,
      at: a.at,
    })),
    effects: effects.map((e) => ({ kind: e.kind, detail: effectDetail(p, mine, JSON.parse(e.detail) as Record<string, unknown>), at: e.at })),
  }
}

/** A disclosure's holders are named only to the holders themselves. */
function effectDetail(p: Proposal, mine: string | null, detail: Record<string, unknown>): Record<string, unknown> {
  if (p.kind !== 'disclose_correlation' || mine !== null) return detail
  const { holders: _holders, ...rest } = detail
  return rest
}
