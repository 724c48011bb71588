/**
 * The events of an assistance case. Request-level steps carry the incident's marking (its
 * participants: the reporting side and accepted helpers) and never name a candidate; offer events
 * go to the candidate (and the requesting nation once answered); escalations reach the hub's coordinators.
 */
import { feedEvent, type EventDefinitions } from '../event-definition'
import type { RequestState } from './request-machine'
import type { RequestView, SanitizedRequestView } from './assistance.schema'

/** A step of a case as its participants see it: where the request stands, nobody named. */
export interface CaseStep {
  requestId: string
  state: RequestState
  round: number
}

export interface OfferSent {
  offerId: string
  answerDueAt: string
  request: SanitizedRequestView
}

export const assistanceEvents = {
  'assistance.request.created': feedEvent<RequestView>('a request for help was drafted'),
  'assistance.request.summary_approved': feedEvent<CaseStep>('the requester approved the sanitized summary candidates will see'),
  'assistance.request.submitted': feedEvent<CaseStep>('the requesting nation submitted the request; matching runs'),
  'assistance.request.offered': feedEvent<CaseStep & { offersSent: number }>('offers went out for a round (how many, not to whom)'),
  'assistance.request.accepted': feedEvent<CaseStep & { providerOrg: string }>('a helper accepted (now a participant of the incident)'),
  'assistance.request.started': feedEvent<CaseStep & { by: 'requester' | 'helper' }>('work on the request began'),
  'assistance.request.closed': feedEvent<CaseStep & { rating: number; comment: string | null; outsideHub: boolean }>('the requester closed the request with a rating (outsideHub: the work was done outside the hub)'),
  'assistance.request.cancelled': feedEvent<CaseStep & { reason: string | null }>('the requester cancelled; open offers were withdrawn'),
  'assistance.request.escalated': feedEvent<{ request: SanitizedRequestView }>('nobody was found: the hub\u2019s coordinators step in'),
  'assistance.offer.sent': feedEvent<OfferSent>('a candidate was offered the request'),
  'assistance.offer.withdrawn': feedEvent<{ offerId: string }>('an open offer was withdrawn'),
  'assistance.offer.expired': feedEvent<{ offerId: string; providerOrg: string }>('an offer went unanswered past its deadline'),
  'assistance.offer.accepted': feedEvent<{ offerId: string; providerOrg: string; requestState: RequestState }>('a candidate accepted'),
  'assistance.offer.declined': feedEvent<{ offerId: string; providerOrg: string; reason: string }>('a candidate declined'),
  'assistance.assignment.delivered': feedEvent<{ offerId: string; providerOrg: string; text: string; intelIds: string[] }>('a helper delivered'),
} satisfies EventDefinitions
