/**
 * What a live event says, in words with names, for the activity stream: one sentence per feed
 * event type of the hub's event map, so that a new event type does not compile until it has one.
 */
import type { EventMap, FeedEvent, FeedEventType } from '../../src/domain/event-map'

type Name = (orgId: string | null | undefined) => string
/** A capability category's label ('malware-analysis' → 'Malware analysis'). */
type Label = (id: string) => string
type Sentences = { readonly [K in FeedEventType]: (p: EventMap[K], name: Name, label: Label) => string }

const SENTENCES: Sentences = {
  'assistance.request.created': (p, _n, label) => `A request for ${label(p.category)} was drafted (urgency ${p.urgency}).`,
  'assistance.request.summary_approved': () => 'A request’s summary was approved.',
  'assistance.request.submitted': () => 'A request was submitted for matching.',
  'assistance.request.offered': (p) => `${p.offersSent} offer${p.offersSent === 1 ? ' was' : 's were'} sent to helpers.`,
  'assistance.request.accepted': (p, name) => `${name(p.providerOrg)} accepted a request.`,
  'assistance.request.started': (p) => `Work started, by the ${p.by}.`,
  'assistance.request.closed': (p) => `A request was closed, rated ${p.rating} of 5.`,
  'assistance.request.cancelled': () => 'A request was cancelled.',
  'assistance.request.escalated': (p, _n, label) => `A request for ${label(p.request.category)} found no helper and went to the hub’s coordinators.`,
  'assistance.offer.sent': (p, _n, label) => `An offer to help with ${label(p.request.category)} arrived.`,
  'assistance.offer.withdrawn': () => 'An offer was withdrawn.',
  'assistance.offer.expired': (p, name) => `The offer to ${name(p.providerOrg)} expired unanswered.`,
  'assistance.offer.accepted': (p, name) => `${name(p.providerOrg)} accepted an offer.`,
  'assistance.offer.declined': (p, name) => `${name(p.providerOrg)} declined an offer: ${p.reason}.`,
  'assistance.assignment.delivered': (p, name) => `${name(p.providerOrg)} delivered (${p.intelIds.length} intel object${p.intelIds.length === 1 ? '' : 's'}).`,
  'decision.proposed': (p) => `A proposal was put to ${p.addressees.length} addressee${p.addressees.length === 1 ? '' : 's'}: ${p.title} (${p.procedure}, round ${p.round}).`,
  'decision.answered': (p, name) => (p.addressee ? `${name(p.addressee)} answered a proposal: ${p.answer ?? 'answer withheld'} (${p.answered} of ${p.of}).` : `A proposal has ${p.answered} of ${p.of} answers.`),
  'decision.silence_broken': (p, name) => `${p.addressee ? name(p.addressee) : 'An addressee'} broke silence on a proposal: ${p.reason}.`,
  'decision.reissued': (p) => `A proposal was issued again as round ${p.round}.`,
  'decision.withdrawn': () => 'A proposal was withdrawn.',
  'decision.decided': (p) => `A proposal was decided: ${p.outcome}.`,
  'decision.correlation_disclosed': (p) => `A disclosure named the other holders of a correlated value: ${p.holders.map((h) => h.name ?? 'an organization').join(', ')}.`,
  'exercise.step': (p) => `Exercise clock: ${p.state} at scenario time ${p.scenarioTime} (×${p.speed}).`,
  'exercise.inject.released': (p) => `Inject ${p.serial} was released (${p.channel}).`,
  'exercise.message': (p) => `Exercise message ${p.serial} from ${p.from}: ${p.text}`,
  'capability.declared': (p, _n, label) => `A capability was declared: ${label(p.category)}, capacity ${p.capacity}.`,
  'capability.standby': (p) => (p.standby ? 'A capability went on standby.' : 'A capability came off standby.'),
  'incident.reported': (p) => `Incident reported: ${p.title} (${p.severityName}).`,
  'incident.updated': (p) => `Incident updated: ${p.title}, now ${p.status}.`,
  'incident.nis2_stage_due': (p) => `A NIS2 ${p.stage === 'earlyWarning' ? 'early warning' : p.stage === 'notification' ? 'incident notification' : 'final report'} is due for ${p.title}.`,
  'incident.audience.widened': (p) => `An incident’s audience was widened: ${p.visibleTo}.`,
  'intel.added': (p) => `Intel shared: ${p.added} object${p.added === 1 ? '' : 's'} added.`,
  'intel.correlation': (p) => `A value you hold was also seen elsewhere (${p.matches.length} visible match${p.matches.length === 1 ? '' : 'es'}).`,
  'org.admitted': (p) => `${p.name} joined the hub.`,
}

export function sentenceOf(e: FeedEvent, name: Name, label: Label): string {
  const say = SENTENCES[e.type] as ((p: unknown, n: Name, l: Label) => string) | undefined
  return say ? say(e.payload, name, label) : `Something changed (${e.type}).`
}
