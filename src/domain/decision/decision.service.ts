/**
 * The use cases of joint decisions: propose, answer, issue an amended text as a new round,
 * withdraw, read; and what the deadline does (decideAtDeadline, run by the deadline runner).
 * Each is one unit of work: the change, its audit entry and its events commit together.
 */
import { conflict, forbidden, notFound, unprocessable } from '../../core/errors'
import { newId } from '../../core/ids'
import { armDeadline, disarmDeadlines } from '../../store/deadlines'
import { saveMarking } from '../../store/marking.store'
import type { Marking } from '../../tlp'
import type { Deps } from '../deps'
import { scopeOfActor, type Actor } from '../members'
import { unitOfWork, type Unit } from '../unit-of-work'
import { applyEffects } from './decision.effects'
import { emitDecision } from './decision.emit'
import { addresseeOf, decisionPermissions as perms } from './decision.permissions'
import { DEADLINE_KIND, lastAnswers, parseProposal, textSha256, type Proposal } from './decision.rows'
import type { AnswerInput, DecisionListQuery, DecisionView, ProposalInput, ReissueInput, WithdrawInput } from './decision.schema'
import * as store from './decision.store'
import { decisionView } from './decision.views'
import { ANSWERS_OF, decide, tally } from './procedures'
import { checkProposal } from './propose'

const proposalMissing = () => notFound('Proposal')

/** The proposal in the caller's scope (its marking, its world), parsed; not found otherwise. */
async function visible(u: Unit, actor: Actor, id: string): Promise<Proposal> {
  const row = await store.findVisibleProposal(u.tx, scopeOfActor(actor), id)
  if (!row) throw proposalMissing()
  return parseProposal(row)
}

/**
 * Puts a proposal to its addressees, with a deadline the hub keeps (durably: a row the deadline
 * runner fires once, whatever the process layout).
 * @example propose(deps, estoniaPoc, { kind: 'attribution', title: '…', text: '…', addressees: ['LV', 'LT'], procedure: 'silence', deadline: '2026-03-02T12:00:00Z' })
 */
export async function propose(deps: Deps, actor: Actor, input: ProposalInput): Promise<DecisionView> {
  if (!perms.may(actor, 'propose', {})) throw forbidden('A nation’s point of contact or a hub coordinator proposes a joint decision')
  const checked = await checkProposal(deps.db, actor, input, deps.clock.now())
  return unitOfWork(deps, async (u) => {
    if (Date.parse(checked.deadline) <= u.now.getTime()) throw unprocessable('decision_deadline_past', 'The deadline must be in the future', '/deadline')
    // The proposer's organization sees it as its originator; only the addressees are its audience
    // (an AMBER audience reaches every organization under it: the hub itself is never one).
    const audience = checked.addressees
    const sealed = input.kind === 'disclose_correlation'
    // The addressees may always see it: whatever level is chosen, its audience is them.
    const marking: Marking = { tlp: sealed ? 'AMBER+STRICT' : (input.tlp ?? 'AMBER'), audienceOrgs: audience, audienceUsers: [], originatorOrg: actor.orgId, originatorUser: actor.userId }
    const markingId = await saveMarking(u.tx, marking, u.at)
    const eventMarkingId = sealed ? markingId : await saveMarking(u.tx, { ...marking, tlp: 'AMBER', originatorUser: null }, u.at)
    const row: store.ProposalRow = {
      id: newId(),
      kind: input.kind,
      subject_kind: checked.subjectKind,
      subject_ids: JSON.stringify(checked.subjectIds),
      title: input.title,
      addressees: JSON.stringify(checked.addressees),
      consent_of: JSON.stringify(checked.consentOf),
      params: JSON.stringify(checked.params),
      procedure: input.procedure,
      majority_rule: checked.rule === null ? null : JSON.stringify(checked.rule),
      answers_open: input.answersOpen === false ? 0 : 1,
      proposer_user: actor.userId,
      proposer_org: actor.orgId,
      state: 'open',
      round: 1,
      deadline_at: checked.deadline,
      outcome: null,
      decided_at: null,
      marking_id: markingId,
      event_marking_id: eventMarkingId,
      exercise_id: actor.exerciseId,
      created_at: u.at,
      updated_at: u.at,
    }
    await store.insertProposal(u.tx, row)
    await store.insertRound(u.tx, { proposal_id: row.id, round: 1, text: input.text, deadline_at: row.deadline_at, issued_by: actor.userId, issued_at: u.at, outcome: null, ended_at: null })
    await armDeadline(u.tx, DEADLINE_KIND, row.id, row.deadline_at)
    await u.audit(actor, 'decision.propose', row.id, { kind: row.kind, procedure: row.procedure, addressees: checked.addressees.length, deadline: row.deadline_at, textSha256: textSha256(input.text) })
    const p = parseProposal(row)
    await emitDecision(u, p, 'decision.proposed', {
      proposalId: row.id,
      kind: row.kind,
      title: row.title,
      text: input.text,
      procedure: row.procedure,
      round: 1,
      deadlineAt: row.deadline_at,
      addressees: sealed ? [] : checked.addressees,
    })
    return decisionView(u.tx, actor, row, u.now)
  })
}

/**
 * An addressee answers, until the deadline: an answer at the deadline's instant or later is
 * refused. Every answer is kept; the last of each addressee in the round counts.
 */
export async function answer(deps: Deps, actor: Actor, id: string, input: AnswerInput): Promise<DecisionView> {
  return unitOfWork(deps, async (u) => {
    const seen = await visible(u, actor, id)
    const addressee = addresseeOf(actor, seen.addressees)
    if (addressee === null || !perms.may(actor, 'answer', { addressees: seen.addressees })) throw forbidden('Only an addressee’s point of contact answers a proposal')
    // Taken first, so that the deadline (which takes it too) counts this answer or finds it refused.
    const row = await store.lockProposal(u.tx, id, u.at)
    if (!row) throw proposalMissing()
    const p = parseProposal(row)
    if (row.state !== 'open' || u.now.getTime() >= Date.parse(row.deadline_at)) {
      throw conflict('decision_closed', row.state === 'open' ? 'The deadline has passed' : `The proposal is ${row.state}`, undefined, { currentState: row.state === 'open' ? 'deadline_passed' : row.state })
    }
    if (input.round !== undefined && input.round !== row.round) throw conflict('decision_stale_round', `Round ${row.round} is open, not round ${input.round}`, '/round', { currentRound: row.round })
    if (!ANSWERS_OF[p.procedure].includes(input.answer)) throw unprocessable('decision_answer', `A ${p.procedure} proposal takes ${ANSWERS_OF[p.procedure].join(', ')}`, '/answer')
    if ((input.answer === 'object' || input.answer === 'break_silence') && input.reason === undefined) throw unprocessable('decision_answer', `${input.answer} needs its reason`, '/reason')
    if (input.amendedText !== undefined && input.answer !== 'break_silence') throw unprocessable('decision_answer', 'An amended text comes with breaking silence', '/amendedText')
    await store.insertAnswer(u.tx, {
      id: newId(),
      proposal_id: id,
      round: row.round,
      addressee,
      user_id: actor.userId,
      answer: input.answer,
      reason: input.reason ?? null,
      amended_text: input.amendedText ?? null,
      at: u.at,
    })
    await u.audit(actor, 'decision.answer', id, { round: row.round, addressee, answer: input.answer, ...(input.reason ? { reason: input.reason } : {}), ...(input.amendedText ? { amendedSha256: textSha256(input.amendedText) } : {}) })
    const counted = lastAnswers(await store.answersOf(u.tx, id), row.round)
    const sealed = p.kind === 'disclose_correlation'
    const open = row.answers_open === 1 && !sealed
    await emitDecision(u, p, 'decision.answered', {
      proposalId: id,
      round: row.round,
      addressee: open ? addressee : null,
      answer: open ? input.answer : null,
      answered: counted.size,
      of: p.addressees.length,
    })
    if (input.answer === 'break_silence') {
      await emitDecision(u, p, 'decision.silence_broken', { proposalId: id, round: row.round, addressee: sealed ? null : addressee, reason: input.reason!, amendedText: input.amendedText ?? null })
    }
    return decisionView(u.tx, actor, row, u.now)
  })
}

/** The current round's text has had its silence broken: by a last answer now, or at its deadline. */
const silenceBroken = (row: store.ProposalRow, answers: readonly store.AnswerRow[]): boolean =>
  row.procedure === 'silence' && (row.state === 'silence_broken' || (row.state === 'open' && [...lastAnswers(answers, row.round).values()].includes('break_silence')))

/** After a silence break, the proposer issues an amended text as a new round with its own deadline. */
export async function reissue(deps: Deps, actor: Actor, id: string, input: ReissueInput): Promise<DecisionView> {
  return unitOfWork(deps, async (u) => {
    const seen = await visible(u, actor, id)
    if (!perms.may(actor, 'manage', { proposerOrg: seen.row.proposer_org })) throw forbidden('Only the proposing organization issues a new round')
    const row = (await store.lockProposal(u.tx, id, u.at))!
    if (!silenceBroken(row, await store.answersOf(u.tx, id))) throw conflict('decision_not_broken', 'Nobody broke silence on the current round', undefined, { currentState: row.state })
    const deadlineMs = Date.parse(input.deadline)
    if (!(deadlineMs > u.now.getTime())) throw unprocessable('decision_deadline_past', 'The deadline must be in the future', '/deadline')
    const deadline = new Date(deadlineMs).toISOString()
    if (row.state === 'open') await store.endRound(u.tx, id, row.round, 'silence_broken', u.at)
    await disarmDeadlines(u.tx, id, u.at)
    const round = row.round + 1
    await store.insertRound(u.tx, { proposal_id: id, round, text: input.text, deadline_at: deadline, issued_by: actor.userId, issued_at: u.at, outcome: null, ended_at: null })
    const set = { state: 'open', round, deadline_at: deadline, outcome: null, decided_at: null, updated_at: u.at }
    await store.updateProposal(u.tx, id, set)
    await armDeadline(u.tx, DEADLINE_KIND, id, deadline)
    await u.audit(actor, 'decision.reissue', id, { round, deadline, textSha256: textSha256(input.text) })
    const next = { ...row, ...set }
    await emitDecision(u, parseProposal(next), 'decision.reissued', { proposalId: id, round, text: input.text, deadlineAt: deadline })
    return decisionView(u.tx, actor, next, u.now)
  })
}

/** The proposing organization withdraws a proposal before it is decided. */
export async function withdraw(deps: Deps, actor: Actor, id: string, input: WithdrawInput): Promise<DecisionView> {
  return unitOfWork(deps, async (u) => {
    const seen = await visible(u, actor, id)
    if (!perms.may(actor, 'manage', { proposerOrg: seen.row.proposer_org })) throw forbidden('Only the proposing organization withdraws')
    const row = (await store.lockProposal(u.tx, id, u.at))!
    if (row.state !== 'open' && row.state !== 'silence_broken') throw conflict('illegal_transition', `A ${row.state} proposal is not withdrawn`, undefined, { currentState: row.state })
    if (row.state === 'open' && u.now.getTime() >= Date.parse(row.deadline_at)) throw conflict('decision_closed', 'The deadline has passed', undefined, { currentState: 'deadline_passed' })
    await disarmDeadlines(u.tx, id, u.at)
    if (row.state === 'open') await store.endRound(u.tx, id, row.round, null, u.at)
    const set = { state: 'withdrawn', updated_at: u.at }
    await store.updateProposal(u.tx, id, set)
    await u.audit(actor, 'decision.withdraw', id, input.reason ? { reason: input.reason } : {})
    const next = { ...row, ...set }
    await emitDecision(u, parseProposal(next), 'decision.withdrawn', { proposalId: id, reason: input.reason ?? null })
    return decisionView(u.tx, actor, next, u.now)
  })
}

/**
 * The deadline of a proposal's round (the deadline runner, in the unit that claims it): counts the
 * last answers, decides once, and applies an adopted proposal's effects in the same transaction.
 * A proposal that is no longer open, or whose round's deadline moved, is left as it is.
 */
export async function decideAtDeadline(u: Unit, id: string): Promise<void> {
  const row = await store.lockProposal(u.tx, id, u.at)
  if (!row || row.state !== 'open' || Date.parse(row.deadline_at) > u.now.getTime()) return
  const p = parseProposal(row)
  const answers = lastAnswers(await store.answersOf(u.tx, id), row.round)
  const outcome = decide(p.procedure, p.addressees, answers, p.rule, p.consentOf)
  const state = outcome === 'silence_broken' ? 'silence_broken' : 'decided'
  await store.endRound(u.tx, id, row.round, outcome, u.at)
  const set = { state, outcome, decided_at: u.at, updated_at: u.at }
  await store.updateProposal(u.tx, id, set)
  const decided = parseProposal({ ...row, ...set })
  const text = (await store.roundsOf(u.tx, id)).find((r) => r.round === row.round)?.text ?? ''
  const effects = outcome === 'adopted' ? await applyEffects(u, decided, text) : []
  const counts = tally(p.addressees, answers)
  await u.audit('system', 'decision.decide', id, { round: row.round, outcome, tally: counts, effects, textSha256: textSha256(text) })
  await emitDecision(u, decided, 'decision.decided', { proposalId: id, round: row.round, outcome, tally: counts, effects })
}

/** One proposal and its record, as the caller may see it. */
export async function getDecision(deps: Deps, actor: Actor, id: string): Promise<DecisionView> {
  if (!perms.may(actor, 'read', {})) throw forbidden('Your roles do not include reading proposals')
  const row = await store.findVisibleProposal(deps.db, scopeOfActor(actor), id)
  if (!row) throw proposalMissing()
  return decisionView(deps.db, actor, row, deps.clock.now())
}

/** The proposals the caller may see, newest first. */
export async function listDecisions(deps: Deps, actor: Actor, q: DecisionListQuery): Promise<DecisionView[]> {
  if (!perms.may(actor, 'read', {})) throw forbidden('Your roles do not include reading proposals')
  const rows = await store.listVisibleProposals(deps.db, scopeOfActor(actor), { ...(q.state ? { state: q.state } : {}), limit: q.limit })
  const now = deps.clock.now()
  const out: DecisionView[] = []
  for (const r of rows) out.push(await decisionView(deps.db, actor, r, now))
  return out
}
