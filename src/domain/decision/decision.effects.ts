/**
 * What an adopted proposal does, inside the unit of work that decides it (the deadline's): the
 * outcome and its effects commit together or not at all.
 * - widen_marking: the originator's objects (every version it holds in the world) get a new
 *   marking: the wider level and the added organizations; from that commit on the helpers read them.
 * - disclose_correlation: each holder is told who the other holders are.
 * - deploy_team: the request for help is drafted on the incident.
 */
import { newId } from '../../core/ids'
import { loadMarkings, saveMarking } from '../../store/marking.store'
import { tlpRank, type Marking, type Tlp } from '../../tlp'
import { assistance } from '../assistance'
import { namesOf } from '../members'
import type { Unit } from '../unit-of-work'
import { emitToOrg } from './decision.emit'
import type { Proposal } from './decision.rows'
import * as store from './decision.store'

/** Applies the proposal's effects; returns the kinds applied. */
export async function applyEffects(u: Unit, p: Proposal, text: string): Promise<string[]> {
  switch (p.kind) {
    case 'widen_marking':
      return [await widen(u, p)]
    case 'disclose_correlation':
      return [await disclose(u, p)]
    case 'deploy_team':
      return [await deploy(u, p, text)]
    // Statements, consultations and responses are their adopted text: the record is the effect.
    case 'consultation':
    case 'attribution':
    case 'collective_response':
    case 'free_text':
      return []
  }
}

async function record(u: Unit, p: Proposal, kind: string, detail: Record<string, unknown>): Promise<string> {
  await store.insertEffect(u.tx, { id: newId(), proposal_id: p.row.id, kind, detail: JSON.stringify(detail), at: u.at })
  await u.audit('system', `decision.effect.${kind}`, p.row.id, detail)
  return kind
}

/** The wider of two levels (RED is the narrowest), and the audience with the added organizations. */
export function widened(m: Marking, to: { tlp: string; addOrgs: readonly string[] }): Marking {
  const tlp = tlpRank(to.tlp as Tlp) < tlpRank(m.tlp) ? (to.tlp as Tlp) : m.tlp
  return { ...m, tlp, audienceOrgs: [...new Set([...m.audienceOrgs, ...to.addOrgs])] }
}

async function widen(u: Unit, p: Proposal): Promise<string> {
  const to = p.params.widen
  const holder = p.consentOf[0]
  if (!to || holder === undefined) throw new Error(`widening ${p.row.id} has no target or originator`)
  const versions = await store.heldVersions(u.tx, p.row.exercise_id, holder, p.subjectIds)
  const old = await loadMarkings(u.tx, versions.map((v) => v.markingId))
  const byMarking = new Map<string, number[]>()
  for (const v of versions) (byMarking.get(v.markingId) ?? byMarking.set(v.markingId, []).get(v.markingId)!).push(v.rowId)
  // One new marking per marking the versions had: a shared marking row is never changed in place.
  for (const [markingId, rowIds] of byMarking) {
    const m = old.get(markingId)
    if (!m) throw new Error(`marking ${markingId} is missing`)
    await store.remarkIntel(u.tx, rowIds, await saveMarking(u.tx, widened(m, to), u.at))
  }
  return record(u, p, 'marking_widened', { objects: p.subjectIds, versions: versions.length, tlp: to.tlp, addedOrgs: to.addOrgs, originator: holder })
}

async function disclose(u: Unit, p: Proposal): Promise<string> {
  const correlationId = p.subjectIds[0]!
  const names = await namesOf(u.tx, { orgIds: p.consentOf })
  const holders = p.consentOf.map((orgId) => ({ orgId, name: names.orgs.get(orgId) ?? null }))
  for (const h of p.consentOf) {
    await emitToOrg(u, p, h, 'decision.correlation_disclosed', { proposalId: p.row.id, correlationId, holders: holders.filter((x) => x.orgId !== h) })
  }
  return record(u, p, 'correlation_disclosed', { correlationId, holders })
}

async function deploy(u: Unit, p: Proposal, text: string): Promise<string> {
  const d = p.params.deployment
  const incidentId = p.subjectIds[0]
  if (!d || incidentId === undefined) throw new Error(`deployment ${p.row.id} has no request or incident`)
  const requestId = await assistance.draftDecidedRequest(u, {
    incidentId,
    nationId: d.nationId,
    exerciseId: d.exerciseId,
    createdBy: p.row.proposer_user,
    requesterOrg: p.row.proposer_org,
    category: d.category,
    urgency: d.urgency,
    needed: d.needed,
    languages: d.languages,
    delivery: d.delivery,
    sanitizedSummary: text.slice(0, 4000),
  })
  return record(u, p, 'assistance_requested', { requestId, incidentId })
}
