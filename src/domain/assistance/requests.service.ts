/** The requester's side of assistance: draft, approve the summary, submit, follow, cancel, close. */
import { conflict, forbidden, notFound, unprocessable } from '../../core/errors'
import { newId } from '../../core/ids'
import { disarmDeadlines } from '../../store/deadlines'
import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'
import { incidents } from '../incident'
import { findNationByCountry, type Actor } from '../members'
import type { Deps } from '../deps'
import { unitOfWork, type Unit } from '../unit-of-work'
import { isCapabilityCategory } from '../vocab'
import { isLanguageCode, isUrgency, unknownValue } from '../vocab'
import { assistancePermissions as perms, requestSubject } from './assistance.permissions'
import type { CloseInput, RatingInput, RequestInput, RequestView } from './assistance.schema'
import * as store from './assistance.store'
import { requestView } from './assistance.views'
import { describeExclusion, EXCLUSION_REASONS } from './matching'
import { caseEventEnvelope, caseStep, DEFAULT_OFFER_PARALLEL, matchAndOffer, move, rankFor, withdrawOffers } from './rounds'

const k = (deps: Deps) => deps.offerParallel ?? DEFAULT_OFFER_PARALLEL

async function validateRequest(tx: Tx, input: RequestInput): Promise<void> {
  if (!isCapabilityCategory(input.category)) throw unknownValue('unknown_category', 'capability-categories', input.category, 'a capability category', '/category')
  if (!isUrgency(input.urgency)) throw unknownValue('unknown_urgency', 'urgencies', input.urgency, 'an urgency (critical, high, medium, low)', '/urgency')
  input.languages.forEach((l, i) => {
    if (!isLanguageCode(l)) throw unknownValue('unknown_language', 'languages', l, 'an ISO 639-1 language code', `/languages/${i}`)
  })
  for (const [i, c] of (input.excludedNations ?? []).entries()) {
    if (!(await findNationByCountry(tx, c))) throw unprocessable('unknown_nation', `${c} is not a member nation`, `/excludedNations/${i}`)
  }
}

/** The request, if the caller is on the requesting side: of its nation and able to see the incident. */
async function requesterSide(tx: Tx | Db, actor: Actor, id: string): Promise<store.RequestRow | null> {
  const req = await store.findRequestIn(tx, actor.exerciseId, id)
  if (!req || actor.nationId !== req.nation_id) return null
  return (await incidents.incidentForRequest(tx, actor, req.incident_id)) ? req : null
}

async function ownRequest(tx: Tx, actor: Actor, id: string): Promise<store.RequestRow> {
  const req = await requesterSide(tx, actor, id)
  if (!req) throw notFound('Assistance request')
  return req
}

const full = async (tx: Tx | Db, req: store.RequestRow): Promise<RequestView> =>
  requestView(req, await store.offersOf(tx, req.id), await store.recipientRatingOf(tx, req.id))

async function emitCreated(u: Unit, req: store.RequestRow): Promise<RequestView> {
  const view = await full(u.tx, req)
  await u.emit({ type: 'assistance.request.created', ...(await caseEventEnvelope(u, req)), payload: view })
  return view
}

/**
 * Drafts a request for help on an incident of the caller's nation that the caller can see.
 * @example createRequest(deps, agencyAnalyst, { incidentId, category: 'malware-analysis', urgency: 'high', needed: 1, … })
 */
export async function createRequest(deps: Deps, actor: Actor, input: RequestInput): Promise<RequestView> {
  return unitOfWork(deps, async (u) => {
    const incident = await incidents.incidentForRequest(u.tx, actor, input.incidentId)
    if (!incident) throw unprocessable('unknown_incident', 'No incident with that id is visible to you', '/incidentId')
    if (!perms.may(actor, 'draft', { nationId: incident.nationId })) throw forbidden('Requests are drafted by members of the incident\u2019s nation')
    await validateRequest(u.tx, input)
    if (input.neededBy !== undefined && Date.parse(input.neededBy) <= u.now.getTime()) throw unprocessable('needed_by_past', 'neededBy must be in the future', '/neededBy')
    const req: store.RequestRow = {
      id: newId(),
      incident_id: incident.id,
      nation_id: incident.nationId,
      requester_org: actor.orgId,
      created_by: actor.userId,
      category: input.category,
      urgency: input.urgency,
      needed: input.needed,
      needed_by: input.neededBy === undefined ? null : new Date(input.neededBy).toISOString(),
      languages: JSON.stringify(input.languages),
      delivery: input.delivery,
      excluded_nations: JSON.stringify(input.excludedNations ?? []),
      sanitized_summary: input.sanitizedSummary,
      summary_approved_by: null,
      summary_approved_at: null,
      state: 'requested',
      round: 0,
      severity: incident.severity,
      submitted_by: null,
      submitted_at: null,
      first_offer_at: null,
      first_accepted_at: null,
      first_delivered_at: null,
      closed_at: null,
      cancelled_at: null,
      escalated_at: null,
      rating: null,
      rating_comment: null,
      closed_outside_hub: 0,
      created_at: u.at,
      updated_at: u.at,
      exercise_id: incident.exerciseId,
    }
    await store.insertRequest(u.tx, req)
    await u.audit(actor, 'assistance.request.create', req.id, { category: req.category, urgency: req.urgency })
    return emitCreated(u, req)
  })
}

/** The requester approves the sanitized summary: the only thing candidates see before accepting. */
export async function approveSummary(deps: Deps, actor: Actor, id: string): Promise<RequestView> {
  return unitOfWork(deps, async (u) => {
    const req = await ownRequest(u.tx, actor, id)
    if (!perms.may(actor, 'act-as-requester', requestSubject(req))) throw forbidden('The requester (its drafter or its nation\u2019s points of contact) approves the summary')
    const set = { summary_approved_by: actor.userId, summary_approved_at: u.at, updated_at: u.at }
    await store.updateRequest(u.tx, id, set)
    await u.audit(actor, 'assistance.summary.approve', id)
    const next = { ...req, ...set }
    await u.emit({ type: 'assistance.request.summary_approved', ...(await caseEventEnvelope(u, next)), payload: caseStep(next) })
    return full(u.tx, next)
  })
}

/** The nation's point of contact submits: matching runs and the best candidates get offers at once. */
export async function submitRequest(deps: Deps, actor: Actor, id: string): Promise<RequestView> {
  return unitOfWork(deps, async (u) => {
    const req = await ownRequest(u.tx, actor, id)
    if (!perms.may(actor, 'submit', requestSubject(req))) throw forbidden('Only the requesting nation\u2019s point of contact (at the nation or its CERT) submits a request')
    if (req.summary_approved_at === null) throw unprocessable('summary_not_approved', 'The requester has not approved the sanitized summary yet', '/sanitizedSummary')
    let next = await move(u, { ...req, submitted_by: actor.userId, submitted_at: u.at }, 'start_matching')
    await store.updateRequest(u.tx, id, { submitted_by: actor.userId, submitted_at: u.at })
    await u.audit(actor, 'assistance.request.submit', id)
    await u.emit({ type: 'assistance.request.submitted', ...(await caseEventEnvelope(u, next)), payload: caseStep(next) })
    next = await matchAndOffer(u, actor, next, k(deps))
    return full(u.tx, next)
  })
}

/** The requester may cancel at any time before delivery; every open offer is withdrawn. */
export async function cancelRequest(deps: Deps, actor: Actor, id: string, reason?: string): Promise<RequestView> {
  return unitOfWork(deps, async (u) => {
    const req = await ownRequest(u.tx, actor, id)
    if (!perms.may(actor, 'act-as-requester', requestSubject(req))) throw forbidden('Only the requester cancels')
    const next = await move(u, req, 'cancel')
    await withdrawOffers(u, req, true)
    await disarmDeadlines(u.tx, id, u.at)
    await u.audit(actor, 'assistance.request.cancel', id, reason === undefined ? {} : { reason })
    await u.emit({ type: 'assistance.request.cancelled', ...(await caseEventEnvelope(u, next)), payload: { ...caseStep(next), reason: reason ?? null } })
    return full(u.tx, next)
  })
}

/** Work begins (the requester or an accepted helper says so). */
export async function startWork(deps: Deps, actor: Actor, id: string): Promise<{ state: string }> {
  return unitOfWork(deps, async (u) => {
    const req = await store.findRequestIn(u.tx, actor.exerciseId, id)
    if (!req) throw notFound('Assistance request')
    const helperOrgs = (await store.offersOf(u.tx, id)).filter((o) => o.state === 'accepted').flatMap((o) => [o.provider_org, o.provider_nation])
    const onRequesterSide = (await requesterSide(u.tx, actor, id)) !== null
    const subject = onRequesterSide ? { ...requestSubject(req), helperOrgs } : { helperOrgs }
    if (!perms.may(actor, 'start-work', subject)) throw notFound('Assistance request')
    const next = await move(u, req, 'start_work')
    await u.audit(actor, 'assistance.start', id)
    await u.emit({ type: 'assistance.request.started', ...(await caseEventEnvelope(u, next)), payload: { ...caseStep(next), by: onRequesterSide ? 'requester' : 'helper' } })
    return { state: next.state }
  })
}

/**
 * The requester closes a delivered request with a rating (1–5), or, with `outsideHub`, an accepted
 * or started one whose work was done outside the hub (the record says so). The rating feeds the
 * helpers' past feedback unless the receiving organization has given its own (see rateAsRecipient).
 */
export async function closeRequest(deps: Deps, actor: Actor, id: string, input: CloseInput): Promise<RequestView> {
  return unitOfWork(deps, async (u) => {
    const req = await ownRequest(u.tx, actor, id)
    if (!perms.may(actor, 'act-as-requester', requestSubject(req))) throw forbidden('Only the requester closes and rates')
    const rated = { rating: input.rating, rating_comment: input.comment ?? null, closed_outside_hub: input.outsideHub === true ? 1 : 0 }
    const next = await move(u, { ...req, ...rated }, input.outsideHub === true ? 'close_outside_hub' : 'close')
    await store.updateRequest(u.tx, id, rated)
    if ((await store.recipientRatingOf(u.tx, id)) === null) await rateAcceptedOffers(u.tx, id, input.rating)
    await u.audit(actor, 'assistance.request.close', id, { rating: input.rating, outsideHub: input.outsideHub === true })
    await u.emit({
      type: 'assistance.request.closed',
      ...(await caseEventEnvelope(u, next)),
      payload: { ...caseStep(next), rating: input.rating, comment: input.comment ?? null, outsideHub: input.outsideHub === true },
    })
    return full(u.tx, next)
  })
}

const rateAcceptedOffers = async (tx: Tx, requestId: string, rating: number): Promise<void> => {
  for (const o of await store.offersOf(tx, requestId)) if (o.state === 'accepted') await store.updateOffer(tx, o.id, { rating })
}

/** States in which help has been agreed, so that its recipient may judge it. */
const RATEABLE = new Set(['accepted', 'in_progress', 'delivered', 'closed'])

/**
 * The organization that received the help (the incident's reporter) rates it and comments, at any
 * time once a helper accepted, also after the requesting nation closed the request; a later rating
 * replaces its earlier one. Its rating is what the helpers' past feedback counts (it knows best).
 */
export async function rateAsRecipient(deps: Deps, actor: Actor, id: string, input: RatingInput): Promise<RequestView> {
  return unitOfWork(deps, async (u) => {
    const req = await ownRequest(u.tx, actor, id)
    const incident = await incidents.incidentForRequest(u.tx, actor, req.incident_id)
    if (!incident || !perms.may(actor, 'rate-as-recipient', { recipientOrg: incident.orgId }))
      throw forbidden('The organization that received the help (the incident\u2019s reporter) rates it here; the requester rates on closing')
    if (!RATEABLE.has(req.state))
      throw conflict('not_rateable', `An assistance request that is ${req.state} has no help to rate yet`, undefined, { currentState: req.state })
    await store.saveRecipientRating(u.tx, { request_id: id, org_id: actor.orgId, rated_by: actor.userId, rating: input.rating, comment: input.comment ?? null, rated_at: u.at })
    await rateAcceptedOffers(u.tx, id, input.rating)
    await u.audit(actor, 'assistance.request.rate', id, { rating: input.rating })
    return full(u.tx, req)
  })
}

export async function listRequests(deps: Deps, actor: Actor, limit: number): Promise<RequestView[]> {
  if (!perms.may(actor, 'read', {})) throw forbidden('Your roles do not include reading assistance requests')
  if (actor.nationId === null) return []
  const rows = await store.requestsOfNation(deps.db, actor.exerciseId, actor.nationId, limit)
  const out: RequestView[] = []
  for (const r of rows) if (await incidents.incidentForRequest(deps.db, actor, r.incident_id)) out.push(await full(deps.db, r))
  return out
}

/** The ranking as it stands now, every candidate with its score broken into parts (requester only). */
export async function previewCandidates(deps: Deps, actor: Actor, id: string) {
  return unitOfWork(deps, async (u) => {
    const req = await ownRequest(u.tx, actor, id)
    const r = await rankFor(u, req)
    return {
      ranked: r.ranked,
      excluded: EXCLUSION_REASONS.filter((x) => r.excluded[x].length > 0).map((x) => ({ reason: x, description: describeExclusion(x), capabilityIds: r.excluded[x] })),
      weights: { ...r.weights },
    }
  })
}

export { requesterSide }

/** What an adopted deployment decision asks for: the request it drafts on the incident. */
export interface DecidedRequest {
  incidentId: string
  /** The incident's nation and world, as the decision recorded them. */
  nationId: string
  exerciseId: string | null
  createdBy: string
  requesterOrg: string
  category: string
  urgency: string
  needed: number
  languages: readonly string[]
  delivery: string
  sanitizedSummary: string
}

/**
 * Drafts the request for help an adopted "deploy a team" decision asks for, inside the decision's
 * unit of work (the hub acts: its inputs were checked when the decision was proposed). The
 * incident's nation approves the summary and submits it, as for any draft.
 */
export async function draftDecidedRequest(u: Unit, d: DecidedRequest): Promise<string> {
  const incident = await incidents.incidentFacts(u.tx, d.incidentId)
  if (!incident) throw new Error(`incident ${d.incidentId} of a decided deployment is missing`)
  const req: store.RequestRow = {
    id: newId(), incident_id: d.incidentId, nation_id: d.nationId, requester_org: d.requesterOrg, created_by: d.createdBy, category: d.category, urgency: d.urgency,
    needed: d.needed, needed_by: null, languages: JSON.stringify(d.languages), delivery: d.delivery, excluded_nations: '[]', sanitized_summary: d.sanitizedSummary,
    summary_approved_by: null, summary_approved_at: null, state: 'requested', round: 0, severity: incident.severity, submitted_by: null, submitted_at: null,
    first_offer_at: null, first_accepted_at: null, first_delivered_at: null, closed_at: null, cancelled_at: null, escalated_at: null, rating: null,
    rating_comment: null, closed_outside_hub: 0, created_at: u.at, updated_at: u.at, exercise_id: d.exerciseId,
  }
  await store.insertRequest(u.tx, req)
  await u.audit('system', 'assistance.request.create', req.id, { category: req.category, urgency: req.urgency, byDecision: true })
  await emitCreated(u, req)
  return req.id
}
