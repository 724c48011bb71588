/**
 * Rounds of offers: match, offer the best k, and move on when a round ends (all declined, or its
 * answer deadline passed). Everything here runs inside the caller's unit of work.
 */
import { HOUR_MS } from '../../core/clock'
import { newId } from '../../core/ids'
import { armDeadline, disarmDeadlines } from '../../store/deadlines'
import { saveMarking } from '../../store/marking.store'
import type { Marking, Viewer } from '../../tlp'
import { candidateRows, type CandidateCapability, type CapabilityRow, type WorkingHours } from '../capability'
import { incidents } from '../incident'
import { findOrg, orgChain, type Actor } from '../members'
import type { Unit } from '../unit-of-work'
import type { CapabilityCategory } from '../vocab'
import type { LanguageCode } from '../vocab'
import type { Sector } from '../vocab'
import { answerWindowHours, type Urgency } from '../vocab'
import type { CaseStep } from './assistance.events'
import { mayReceiveMarking, RED_NAMED_ROLES } from './assistance.rules'
import * as store from './assistance.store'
import { sanitizedView } from './assistance.views'
import { createMatcher, type MatchResult, type RankedCandidate, type RequestedDelivery } from './matching'
import { nextOfferState } from './offer-machine'
import { nextState, type RequestEvent, type RequestState } from './request-machine'

/** The deadline kind of an offer round's answer window. */
export const ANSWER_DEADLINE = 'assistance.answer'
export const DEFAULT_OFFER_PARALLEL = 3

// One matcher for the process: it reuses its scratch buffers, and matching is synchronous.
const match = createMatcher()

type Who = Actor | 'system'
const list = (s: string): string[] => JSON.parse(s) as string[]

/** Applies one event of the request state machine (409 naming the state if illegal) and stamps its times. */
export async function move(u: Unit, req: store.RequestRow, event: RequestEvent): Promise<store.RequestRow> {
  const state = nextState(req.state as RequestState, event)
  const set: Partial<store.RequestRow> = { state, updated_at: u.at }
  if (state === 'escalated') set.escalated_at = u.at
  if (state === 'closed') set.closed_at = u.at
  if (state === 'cancelled') set.cancelled_at = u.at
  if (state === 'delivered' && req.first_delivered_at === null) set.first_delivered_at = u.at
  await store.updateRequest(u.tx, req.id, set)
  return { ...req, ...set }
}

/** The catalogue as the requesting nation sees it: a capability hidden from it is never matched for it. */
async function requesterViewer(u: Unit, req: store.RequestRow): Promise<Viewer & { hubId: string | null }> {
  const chain = (await orgChain(u.tx, req.nation_id)).map((o) => o.id)
  return { userId: req.submitted_by ?? req.created_by, orgId: req.nation_id, orgChain: chain, hubId: chain.at(-1) ?? null }
}

function toCandidate(r: CapabilityRow, load: number, rating: { count: number; mean: number } | undefined, mayReceive: boolean, now: Date): CandidateCapability {
  const standbyStarted = r.standby_from !== null && r.standby_from <= now.toISOString()
  return {
    id: r.id,
    orgId: r.org_id,
    nation: r.nation,
    category: r.category as CapabilityCategory,
    capacity: r.capacity,
    activeAssignments: load,
    languages: list(r.languages) as LanguageCode[],
    delivery: r.delivery as CandidateCapability['delivery'],
    responseHours: r.response_hours,
    sectors: list(r.sectors) as Sector[],
    workingHours: JSON.parse(r.working_hours) as WorkingHours,
    serves: JSON.parse(r.serves) as CandidateCapability['serves'],
    standbyUntil: standbyStarted && r.standby_until !== null ? new Date(r.standby_until) : null,
    ratings: rating ?? { count: 0, mean: 0 },
    mayReceive,
  }
}

/** Ranks the capabilities the requesting nation may see, each with its score broken into parts. */
export async function rankFor(u: Unit, req: store.RequestRow): Promise<MatchResult & { byId: Map<string, CapabilityRow>; incidentMarking: Marking }> {
  const viewer = await requesterViewer(u, req)
  const rows = await candidateRows(u.tx, { viewer, exerciseId: req.exercise_id }, req.category)
  const ids = rows.map((r) => r.id)
  const load = await store.activeLoad(u.tx, ids)
  const ratings = await store.ratingsOf(u.tx, ids)
  const facts = await incidents.incidentFacts(u.tx, req.incident_id)
  if (!facts) throw new Error(`incident ${req.incident_id} of request ${req.id} is missing`)
  const named = facts.marking.tlp === 'RED' ? await store.usersWithRole(u.tx, [...new Set(rows.map((r) => r.org_id))], RED_NAMED_ROLES) : new Map<string, string[]>()
  const candidates = rows.map((r) =>
    toCandidate(r, load.get(r.id) ?? 0, ratings.get(r.id), mayReceiveMarking(facts.marking, named.get(r.org_id)?.length ?? 0), u.now),
  )
  const nation = await findOrg(u.tx, req.nation_id)
  const result = match(
    {
      category: req.category as CapabilityCategory,
      requesterNation: nation?.country ?? '',
      languages: list(req.languages) as LanguageCode[],
      delivery: req.delivery as RequestedDelivery,
      excludedNations: list(req.excluded_nations),
      urgency: req.urgency as Urgency,
      sectors: facts.sectors as Sector[],
      incidentTlp: facts.marking.tlp,
      needed: req.needed,
    },
    candidates,
    u.now,
  )
  return { ...result, byId: new Map(rows.map((r) => [r.id, r])), incidentMarking: facts.marking }
}

/**
 * Where a request-level step is told: at the incident's marking, so the case's participants (the
 * reporting side, and helpers once they accepted) see it, about the incident and the request.
 */
export async function caseEventEnvelope(
  u: Unit,
  req: store.RequestRow,
): Promise<{ markingId: string; marking: Marking; exerciseId: string | null; subject: { incidentId: string; requestId: string } }> {
  const facts = await incidents.incidentFacts(u.tx, req.incident_id)
  if (!facts) throw new Error(`incident ${req.incident_id} of request ${req.id} is missing`)
  // A case's events live in its request's world: an exercise's steps never reach the real feed.
  return { markingId: facts.markingId, marking: facts.marking, exerciseId: req.exercise_id, subject: { incidentId: req.incident_id, requestId: req.id } }
}

/** Where a request stands, naming nobody: what every case step carries. */
export const caseStep = (req: store.RequestRow): CaseStep => ({ requestId: req.id, state: req.state as RequestState, round: req.round })

/** Offer events go to the candidate (and its nation's POCs) only; the requester originated them. */
export async function offerEventMarking(u: Unit, req: store.RequestRow, offer: store.OfferRow, alsoRequester: boolean): Promise<{ markingId: string; marking: Marking }> {
  const marking: Marking = {
    tlp: 'AMBER+STRICT',
    audienceOrgs: [offer.provider_org, offer.provider_nation, ...(alsoRequester ? [req.nation_id] : [])],
    audienceUsers: [],
    originatorOrg: req.requester_org,
    originatorUser: null,
  }
  return { markingId: await saveMarking(u.tx, marking, u.at), marking }
}

/** Sends one offer and emits it with the sanitized summary only. */
export async function sendOffer(
  u: Unit,
  req: store.RequestRow,
  cap: Pick<CapabilityRow, 'id' | 'org_id' | 'nation_id'>,
  round: number,
  ranked: RankedCandidate | null,
  byCoordinator: string | null,
): Promise<store.OfferRow> {
  const offer: store.OfferRow = {
    id: newId(),
    request_id: req.id,
    capability_id: cap.id,
    provider_org: cap.org_id,
    provider_nation: cap.nation_id,
    round,
    state: 'pending',
    rank: ranked?.rank ?? null,
    score: ranked?.score ?? null,
    parts: JSON.stringify(ranked?.parts ?? []),
    by_coordinator: byCoordinator,
    sent_at: u.at,
    answer_due_at: new Date(u.now.getTime() + answerWindowHours(req.urgency as Urgency) * HOUR_MS).toISOString(),
    answered_at: null,
    answered_by: null,
    reason: null,
    deliverable: null,
    deliverable_intel_ids: null,
    delivered_at: null,
    rating: null,
    exercise_id: req.exercise_id,
  }
  await store.insertOffer(u.tx, offer)
  const { markingId, marking } = await offerEventMarking(u, req, offer, false)
  await u.emit({
    type: 'assistance.offer.sent',
    markingId,
    marking,
    exerciseId: req.exercise_id,
    subject: { requestId: req.id, objectId: offer.id },
    payload: { offerId: offer.id, answerDueAt: offer.answer_due_at, request: sanitizedView(req) },
  })
  return offer
}

/** Opens a round: the answer deadline is a row, armed in this transaction. */
export async function startRound(u: Unit, req: store.RequestRow): Promise<store.RequestRow> {
  const round = req.round + 1
  const dueAt = new Date(u.now.getTime() + answerWindowHours(req.urgency as Urgency) * HOUR_MS).toISOString()
  await disarmDeadlines(u.tx, req.id, u.at)
  await armDeadline(u.tx, ANSWER_DEADLINE, req.id, dueAt)
  const set = { round, first_offer_at: req.first_offer_at ?? u.at, updated_at: u.at }
  await store.updateRequest(u.tx, req.id, set)
  return { ...req, ...set }
}

/** Offers the best `k` candidates not offered before, from distinct organizations; 0 if none are left. */
async function offerBest(u: Unit, req: store.RequestRow, k: number): Promise<{ req: store.RequestRow; sent: number }> {
  const ranked = await rankFor(u, req)
  const previous = await store.offersOf(u.tx, req.id)
  const tried = new Set(previous.map((o) => o.provider_org))
  const accepted = previous.filter((o) => o.state === 'accepted').length
  const want = Math.max(k, req.needed - accepted)
  const picks: RankedCandidate[] = []
  for (const c of ranked.ranked) {
    if (picks.length >= want) break
    if (tried.has(c.orgId)) continue
    tried.add(c.orgId)
    picks.push(c)
  }
  if (picks.length === 0) return { req, sent: 0 }
  const next = await startRound(u, req)
  for (const p of picks) await sendOffer(u, next, ranked.byId.get(p.capabilityId)!, next.round, p, null)
  return { req: next, sent: picks.length }
}

/** Escalates to the hub's coordinators, who see the sanitized summary only. */
async function escalate(u: Unit, who: Who, req: store.RequestRow): Promise<store.RequestRow> {
  const escalated = await move(u, req, 'escalate')
  const viewer = await requesterViewer(u, req)
  const reporter = (await incidents.incidentFacts(u.tx, req.incident_id))?.marking.originatorOrg
  // The hub (its coordinators act on it), the requesting nation, and the organization that reported the incident.
  const marking: Marking = {
    tlp: 'AMBER+STRICT',
    audienceOrgs: [...new Set([...(viewer.hubId ? [viewer.hubId] : []), req.nation_id, ...(reporter ? [reporter] : [])])],
    audienceUsers: [],
    originatorOrg: req.requester_org,
    originatorUser: null,
  }
  const markingId = await saveMarking(u.tx, marking, u.at)
  await u.emit({ type: 'assistance.request.escalated', markingId, marking, exerciseId: req.exercise_id, subject: { requestId: req.id }, payload: { request: sanitizedView(req) } })
  await u.audit(who, 'assistance.escalate', req.id, { round: req.round })
  return escalated
}

/** From `matching`: offer the next candidates, or escalate when none are left. */
export async function matchAndOffer(u: Unit, who: Who, req: store.RequestRow, k: number): Promise<store.RequestRow> {
  const { req: after, sent } = await offerBest(u, req, k)
  if (sent === 0) return escalate(u, who, after)
  const offered = await move(u, after, 'offers_sent')
  await emitOffered(u, offered, sent)
  return offered
}

/** Tells the requesting side that offers went out, how many, and not to whom. */
export async function emitOffered(u: Unit, req: store.RequestRow, offersSent: number): Promise<void> {
  await u.emit({ type: 'assistance.request.offered', ...(await caseEventEnvelope(u, req)), payload: { ...caseStep(req), offersSent } })
}

/** A round ended with nobody accepting (all declined, or the deadline passed): match again or escalate. */
export async function nextRound(u: Unit, req: store.RequestRow, event: 'all_declined' | 'deadline_passed', k: number): Promise<store.RequestRow> {
  const ended = await move(u, req, event)
  return matchAndOffer(u, 'system', await move(u, ended, 'rematch'), k)
}

/** Withdraws the pending offers of a request (enough accepted, or cancelled); `alsoAccepted` on cancel. */
export async function withdrawOffers(u: Unit, req: store.RequestRow, alsoAccepted: boolean): Promise<void> {
  for (const o of await store.offersOf(u.tx, req.id)) {
    if (o.state !== 'pending' && !(alsoAccepted && o.state === 'accepted')) continue
    await store.updateOffer(u.tx, o.id, { state: nextOfferState(o.state as 'pending', 'withdraw') })
    const { markingId, marking } = await offerEventMarking(u, req, o, false)
    await u.emit({ type: 'assistance.offer.withdrawn', markingId, marking, exerciseId: req.exercise_id, subject: { requestId: req.id, objectId: o.id }, payload: { offerId: o.id } })
  }
}

/** The answer deadline of a round: expire what is unanswered, then go ahead, match again or escalate. */
export async function onAnswerDeadline(u: Unit, requestId: string, k: number): Promise<void> {
  const req = await store.findRequest(u.tx, requestId)
  if (!req || req.state !== 'offered') return
  let accepted = 0
  for (const o of await store.offersOf(u.tx, req.id)) {
    if (o.state === 'accepted') accepted++
    if (o.state !== 'pending') continue
    await store.updateOffer(u.tx, o.id, { state: nextOfferState('pending', 'expire') })
    const { markingId, marking } = await offerEventMarking(u, req, o, true)
    await u.emit({ type: 'assistance.offer.expired', markingId, marking, exerciseId: req.exercise_id, subject: { requestId: req.id, objectId: o.id }, payload: { offerId: o.id, providerOrg: o.provider_org } })
  }
  await u.audit('system', 'assistance.deadline', req.id, { round: req.round, accepted })
  if (accepted > 0) await move(u, req, 'deadline_passed_partial')
  else await nextRound(u, req, 'deadline_passed', k)
}
