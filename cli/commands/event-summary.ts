/**
 * What a live-feed event says, in a few words, for `shieldwall watch`: one summary per feed event
 * type of the hub's event map, so that a new event type does not compile until it has one.
 * Events of a type this CLI does not know (a newer hub) fall back to their payload.
 */
import type { DomainEvent } from '../../src/bus/event'
import type { EventMap, FeedEvent, FeedEventType } from '../../src/domain/event-map'

type Summaries = { readonly [K in FeedEventType]: (p: EventMap[K]) => string }

const step = (p: { state: string; round: number }) => `now ${p.state}${p.round > 0 ? `, round ${p.round}` : ''}`

const SUMMARIES: Summaries = {
  'assistance.request.created': (p) => `request drafted: ${p.category}, urgency ${p.urgency}`,
  'assistance.request.summary_approved': (p) => `summary approved (${step(p)})`,
  'assistance.request.submitted': (p) => `request submitted (${step(p)})`,
  'assistance.request.offered': (p) => `${p.offersSent} offer${p.offersSent === 1 ? '' : 's'} sent (${step(p)})`,
  'assistance.request.accepted': (p) => `accepted by org ${p.providerOrg} (${step(p)})`,
  'assistance.request.started': (p) => `work started by the ${p.by} (${step(p)})`,
  'assistance.request.closed': (p) => `closed, rated ${p.rating}/5${p.comment ? `: ${p.comment}` : ''}`,
  'assistance.request.cancelled': (p) => `cancelled${p.reason ? `: ${p.reason}` : ''}`,
  'assistance.request.escalated': (p) => `escalated to the hub's coordinators: ${p.request.category}, urgency ${p.request.urgency}`,
  'assistance.offer.sent': (p) => `offer ${p.offerId}: ${p.request.category}, answer by ${p.answerDueAt}`,
  'assistance.offer.withdrawn': (p) => `offer ${p.offerId} withdrawn`,
  'assistance.offer.expired': (p) => `offer ${p.offerId} to org ${p.providerOrg} expired unanswered`,
  'assistance.offer.accepted': (p) => `offer ${p.offerId} accepted by org ${p.providerOrg}`,
  'assistance.offer.declined': (p) => `offer ${p.offerId} declined by org ${p.providerOrg}: ${p.reason}`,
  'assistance.assignment.delivered': (p) => `org ${p.providerOrg} delivered (${p.intelIds.length} intel object${p.intelIds.length === 1 ? '' : 's'})`,
  'capability.declared': (p) => `capability declared: ${p.category}, capacity ${p.capacity}`,
  'capability.standby': (p) => (p.standby ? `capability on standby ${p.standby.from} to ${p.standby.until}` : 'capability off standby'),
  'decision.proposed': (p) => `proposal ${p.proposalId} (${p.kind}, ${p.procedure}): ${p.title}, deadline ${p.deadlineAt}`,
  'decision.answered': (p) => `proposal ${p.proposalId} round ${p.round}: ${p.addressee ? `org ${p.addressee} answered ${p.answer}` : 'an answer came'} (${p.answered}/${p.of})`,
  'decision.silence_broken': (p) => `proposal ${p.proposalId} round ${p.round}: silence broken${p.addressee ? ` by org ${p.addressee}` : ''}: ${p.reason}`,
  'decision.reissued': (p) => `proposal ${p.proposalId}: amended text issued as round ${p.round}, deadline ${p.deadlineAt}`,
  'decision.withdrawn': (p) => `proposal ${p.proposalId} withdrawn${p.reason ? `: ${p.reason}` : ''}`,
  'decision.decided': (p) => `proposal ${p.proposalId} round ${p.round}: ${p.outcome}${p.effects.length > 0 ? ` (${p.effects.join(', ')})` : ''}`,
  'decision.correlation_disclosed': (p) => `correlation ${p.correlationId} disclosed: also held by ${p.holders.map((h) => h.name ?? h.orgId).join(', ')}`,
  'incident.reported': (p) => `incident reported: ${p.title} (${p.severityName})`,
  'incident.updated': (p) => `incident updated: ${p.title}, ${p.status}`,
  'incident.nis2_stage_due': (p) => `NIS2 ${p.stage} due ${p.dueAt}: ${p.title}`,
  'incident.audience.widened': (p) => `incident audience widened: ${p.visibleTo}`,
  'intel.added': (p) => `intel: ${p.added} added, ${p.newVersions} new versions`,
  'intel.correlation': (p) => `correlation on ${p.key}: ${p.matches.length} visible match${p.matches.length === 1 ? '' : 'es'}${p.hiddenMatch ? ', and one you cannot see' : ''}`,
  'org.admitted': (p) => `organization admitted: ${p.name} (${p.kind}${p.country ? ` ${p.country}` : ''})`,
  'exercise.step': (p) => `exercise now ${p.state} at scenario time ${p.scenarioTime} (×${p.speed})`,
  'exercise.inject.released': (p) => `inject ${p.serial} released (${p.channel}) at scenario time ${p.releasedScenario}`,
  'exercise.message': (p) => `${p.kind} ${p.serial} from ${p.from}: ${p.text.slice(0, 80)}`,
}

const isKnown = (e: DomainEvent): e is FeedEvent => Object.hasOwn(SUMMARIES, e.type)

/** The summary of a known event type; null for a type this CLI does not know. */
export function summarize(e: DomainEvent): string | null {
  if (!isKnown(e)) return null
  // The map ties each type to its payload; TypeScript cannot follow the pair through the index.
  return (SUMMARIES[e.type] as (p: unknown) => string)(e.payload)
}
