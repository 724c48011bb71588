/** The providers' side (answer, deliver), the coordinators' escalation queue, and deadlines firing. */
import { forbidden, notFound, unprocessable } from '../../core/errors'
import type { Db } from '../../store/db'
import { disarmDeadlines } from '../../store/deadlines'
import type { Tx } from '../../store/tx'
import { findVisibleCapability } from '../capability'
import { incidents, STIX_ID } from '../incident'
import { findOrg, hasAnyRole, standingToNation, type Actor } from '../members'
import type { Deps } from '../deps'
import { unitOfWork } from '../unit-of-work'
import { assistancePermissions as perms, offerSubject } from './assistance.permissions'
import { mayReceiveMarking, RED_NAMED_ROLES } from './assistance.rules'
import type { CandidateOfferView, DeliverInput, EscalationView } from './assistance.schema'
import * as store from './assistance.store'
import { candidateOfferView, escalationView, requestView, sanitizedView } from './assistance.views'
import { nextOfferState } from './offer-machine'
import { acceptanceEvent, type RequestState } from './request-machine'
import { caseEventEnvelope, caseStep, DEFAULT_OFFER_PARALLEL, emitOffered, move, nextRound, offerEventMarking, sendOffer, startRound, withdrawOffers } from './rounds'
import { requesterSide } from './requests.service'

/** A point of contact at its nation's CERT acts for the nation: it sees the offers the nation is made. */
const actsForNation = (actor: Actor, nationId: string): boolean => standingToNation(actor, nationId) === 'nation-cert' && hasAnyRole(actor, ['poc'])

const k = (deps: Deps) => deps.offerParallel ?? DEFAULT_OFFER_PARALLEL

/** The offer, if it was made to the caller's organization or its nation (at the nation, or a POC at its CERT). */
async function offerToMe(q: Db | Tx, actor: Actor, id: string): Promise<{ offer: store.OfferRow; req: store.RequestRow }> {
  const offer = await store.findOffer(q, actor.exerciseId, id)
  if (!offer || !(actor.orgId === offer.provider_org || actor.orgId === offer.provider_nation || actsForNation(actor, offer.provider_nation))) throw notFound('Offer')
  const req = await store.findRequest(q, offer.request_id)
  if (!req) throw notFound('Offer')
  return { offer, req }
}

export async function listMyOffers(deps: Deps, actor: Actor, limit: number): Promise<CandidateOfferView[]> {
  if (!perms.may(actor, 'read', {})) throw forbidden('Your roles do not include reading offers')
  const offers = await store.offersTo(deps.db, actor.exerciseId, [actor.orgId], limit)
  const out: CandidateOfferView[] = []
  for (const o of offers) {
    const req = await store.findRequest(deps.db, o.request_id)
    if (req) out.push(candidateOfferView(o, req))
  }
  return out
}

export async function getOffer(deps: Deps, actor: Actor, id: string): Promise<CandidateOfferView> {
  if (!perms.may(actor, 'read', {})) throw forbidden('Your roles do not include reading offers')
  const { offer, req } = await offerToMe(deps.db, actor, id)
  return candidateOfferView(offer, req)
}

/**
 * A provider accepts: the incident becomes visible to its organization at the incident's own
 * marking (audited), and once enough have accepted the other offers are withdrawn.
 */
export async function acceptOffer(deps: Deps, actor: Actor, id: string): Promise<CandidateOfferView> {
  return unitOfWork(deps, async (u) => {
    const { offer, req } = await offerToMe(u.tx, actor, id)
    if (!perms.may(actor, 'answer-offer', offerSubject(offer))) throw forbidden('A point of contact or admin of the provider answers an offer')
    const state = nextOfferState(offer.state as 'pending', 'accept')
    const accepted = (await store.offersOf(u.tx, req.id)).filter((o) => o.state === 'accepted').length + 1
    const event = acceptanceEvent(accepted, req.needed)
    let next = await move(u, req, event)
    const answered = { state, answered_at: u.at, answered_by: actor.userId }
    await store.updateOffer(u.tx, id, answered)
    if (req.first_accepted_at === null) {
      await store.updateRequest(u.tx, req.id, { first_accepted_at: u.at })
      next = { ...next, first_accepted_at: u.at }
    }
    const named = await store.usersWithRole(u.tx, [offer.provider_org], RED_NAMED_ROLES)
    const widened = await incidents.widenForHelper(u, req.incident_id, { orgId: offer.provider_org, userIds: [...new Set([...(named.get(offer.provider_org) ?? []), actor.userId])] })
    await u.audit(actor, 'assistance.offer.accept', id, { requestId: req.id })
    await u.audit('system', 'incident.audience.widen', req.incident_id, { tlp: widened.tlp, added: widened.added, byOffer: id })
    if (event === 'enough_accepted') {
      await withdrawOffers(u, next, false)
      await disarmDeadlines(u.tx, req.id, u.at)
    }
    const done = { ...offer, ...answered }
    const { markingId, marking } = await offerEventMarking(u, req, done, true)
    await u.emit({ type: 'assistance.offer.accepted', markingId, marking, exerciseId: req.exercise_id, subject: { requestId: req.id, objectId: id }, payload: { offerId: id, providerOrg: offer.provider_org, requestState: next.state as RequestState } })
    await u.emit({ type: 'assistance.request.accepted', ...(await caseEventEnvelope(u, next)), payload: { ...caseStep(next), providerOrg: offer.provider_org } })
    return candidateOfferView(done, next)
  })
}

/** A provider declines with a reason; when nobody is left to answer and nobody accepted, the next round starts. */
export async function declineOffer(deps: Deps, actor: Actor, id: string, reason: string): Promise<CandidateOfferView> {
  return unitOfWork(deps, async (u) => {
    const { offer, req } = await offerToMe(u.tx, actor, id)
    if (!perms.may(actor, 'answer-offer', offerSubject(offer))) throw forbidden('A point of contact or admin of the provider answers an offer')
    const answered = { state: nextOfferState(offer.state as 'pending', 'decline'), answered_at: u.at, answered_by: actor.userId, reason }
    await store.updateOffer(u.tx, id, answered)
    await u.audit(actor, 'assistance.offer.decline', id, { requestId: req.id, reason })
    const done = { ...offer, ...answered }
    const { markingId, marking } = await offerEventMarking(u, req, done, true)
    await u.emit({ type: 'assistance.offer.declined', markingId, marking, exerciseId: req.exercise_id, subject: { requestId: req.id, objectId: id }, payload: { offerId: id, providerOrg: offer.provider_org, reason } })
    const offers = await store.offersOf(u.tx, req.id)
    const open = offers.some((o) => o.state === 'pending')
    const accepted = offers.some((o) => o.state === 'accepted')
    // With some accepted and none left to answer, the round's deadline decides (go ahead with those).
    if (req.state === 'offered' && !open && !accepted) await nextRound(u, req, 'all_declined', k(deps))
    return candidateOfferView(done, req)
  })
}

/** An accepted helper delivers: text plus linked intel; the first delivery moves the request on. */
export async function deliver(deps: Deps, actor: Actor, id: string, input: DeliverInput): Promise<CandidateOfferView> {
  ;(input.intelIds ?? []).forEach((x, i) => {
    if (!STIX_ID.test(x)) throw unprocessable('bad_intel_id', `"${x}" is not a STIX identifier (type--uuid)`, `/intelIds/${i}`)
  })
  return unitOfWork(deps, async (u) => {
    const { offer, req } = await offerToMe(u.tx, actor, id)
    if (!perms.may(actor, 'deliver', offerSubject(offer))) throw forbidden('The helper delivers')
    if (offer.state !== 'accepted') throw notFound('Assignment')
    const next = req.state === 'delivered' ? req : await move(u, req, 'deliver')
    const set = { deliverable: input.text, deliverable_intel_ids: JSON.stringify(input.intelIds ?? []), delivered_at: u.at }
    await store.updateOffer(u.tx, id, set)
    await u.audit(actor, 'assistance.deliver', id, { requestId: req.id, intel: (input.intelIds ?? []).length })
    const facts = await incidents.incidentFacts(u.tx, req.incident_id)
    await u.emit({
      type: 'assistance.assignment.delivered',
      markingId: facts!.markingId,
      marking: facts!.marking,
      exerciseId: req.exercise_id,
      subject: { incidentId: req.incident_id, requestId: req.id, objectId: id },
      payload: { offerId: id, providerOrg: offer.provider_org, text: input.text, intelIds: input.intelIds ?? [] },
    })
    return candidateOfferView({ ...offer, ...set }, next)
  })
}

/** Requests that found nobody, for the hub's coordinators: sanitized, like a candidate sees them. */
export async function listEscalations(deps: Deps, actor: Actor): Promise<EscalationView[]> {
  if (!perms.may(actor, 'escalations', {})) throw forbidden('The escalation queue is for the hub\u2019s coordinators')
  const rows = await store.requestsInState(deps.db, actor.exerciseId, 'escalated')
  const offers = await store.offersOfRequests(deps.db, rows.map((r) => r.id))
  const out: EscalationView[] = []
  for (const r of rows) out.push(escalationView(r, (await findOrg(deps.db, r.nation_id))?.country ?? '', offers.filter((o) => o.request_id === r.id).length))
  return out
}

/** A coordinator offers an escalated request by hand to a capability it picked. */
export async function coordinatorOffer(deps: Deps, actor: Actor, requestId: string, capabilityId: string): Promise<EscalationView> {
  if (!perms.may(actor, 'coordinator-offer', {})) throw forbidden('Only the hub\u2019s coordinators offer escalated requests by hand')
  return unitOfWork(deps, async (u) => {
    const req = await store.findRequestIn(u.tx, actor.exerciseId, requestId)
    if (!req || req.escalated_at === null) throw notFound('Escalated request')
    // A capability the coordinator may not see, in the request's world, answers as a missing one: the hand-picked offer confirms nothing.
    const cap = await findVisibleCapability(u.tx, { viewer: actor, exerciseId: req.exercise_id }, capabilityId)
    if (!cap) throw notFound('Capability')
    const facts = await incidents.incidentFacts(u.tx, req.incident_id)
    const named = await store.usersWithRole(u.tx, [cap.org_id], RED_NAMED_ROLES)
    if (!mayReceiveMarking(facts!.marking, named.get(cap.org_id)?.length ?? 0))
      throw unprocessable('may_not_receive_marking', 'That provider has nobody who may be named on this RED incident', '/capabilityId')
    let next = await move(u, req, 'coordinator_offer')
    next = await startRound(u, next)
    await sendOffer(u, next, cap, next.round, null, actor.userId)
    await emitOffered(u, next, 1)
    await u.audit(actor, 'assistance.coordinator.offer', requestId, { capabilityId })
    return escalationView(next, (await findOrg(u.tx, req.nation_id))?.country ?? '', (await store.offersOf(u.tx, req.id)).length)
  })
}

/**
 * A request as the caller may see it: in full on the requesting side; as a candidate (sanitized,
 * its own offers only; the incident id only on an accepted offer); as a coordinator (sanitized) once escalated.
 */
export async function getRequest(deps: Deps, actor: Actor, id: string) {
  if (!perms.may(actor, 'read', {})) throw forbidden('Your roles do not include reading assistance requests')
  const own = await requesterSide(deps.db, actor, id)
  if (own) return requestView(own, await store.offersOf(deps.db, id), await store.recipientRatingOf(deps.db, id))
  const req = await store.findRequestIn(deps.db, actor.exerciseId, id)
  if (!req) throw notFound('Assistance request')
  const mine = (await store.offersOf(deps.db, id)).filter((o) => o.provider_org === actor.orgId || o.provider_nation === actor.orgId)
  if (mine.length > 0) return { ...sanitizedView(req), view: 'candidate' as const, offers: mine.map((o) => candidateOfferView(o, req)) }
  if (perms.may(actor, 'escalations', {}) && req.escalated_at !== null) return { ...sanitizedView(req), view: 'escalation' as const, state: req.state }
  throw notFound('Assistance request')
}
