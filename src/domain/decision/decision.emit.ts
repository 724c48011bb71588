/**
 * Emitting a decision's events to its addressees only. An open proposal's events carry its event
 * marking (AMBER to the addressees and the proposing organization); a disclosure's go to each
 * holder (and the proposer) apart, under AMBER+STRICT to that organization alone, so that no
 * event ever shows one holder to another before the disclosure is adopted.
 */
import { loadMarking, saveMarking } from '../../store/marking.store'
import type { Marking } from '../../tlp'
import type { EventMap } from '../event-map'
import type { Unit } from '../unit-of-work'
import type { Proposal } from './decision.rows'

type DecisionEventType = Extract<keyof EventMap, `decision.${string}`>

/** The marking that reaches one organization and nobody else. */
export const toOrgAlone = (orgId: string): Marking => ({ tlp: 'AMBER+STRICT', audienceOrgs: [orgId], audienceUsers: [], originatorOrg: orgId, originatorUser: null })

export async function emitToOrg<T extends DecisionEventType>(u: Unit, p: Proposal, orgId: string, type: T, payload: EventMap[T]): Promise<void> {
  const marking = toOrgAlone(orgId)
  const markingId = await saveMarking(u.tx, marking, u.at)
  await u.emit({ type, markingId, marking, exerciseId: p.row.exercise_id, subject: { proposalId: p.row.id }, payload } as Parameters<Unit['emit']>[0])
}

/** Emits to every addressee and the proposing organization (see the module comment for how). */
export async function emitDecision<T extends DecisionEventType>(u: Unit, p: Proposal, type: T, payload: EventMap[T]): Promise<void> {
  if (p.kind === 'disclose_correlation') {
    for (const org of new Set([...p.addressees, p.row.proposer_org])) await emitToOrg(u, p, org, type, payload)
    return
  }
  const marking = await loadMarking(u.tx, p.row.event_marking_id)
  await u.emit({ type, markingId: p.row.event_marking_id, marking, exerciseId: p.row.exercise_id, subject: { proposalId: p.row.id }, payload } as Parameters<Unit['emit']>[0])
}
