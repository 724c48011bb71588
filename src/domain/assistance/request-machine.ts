import { conflict } from '../../core/errors'

/**
 * The life of an assistance request (DESIGN.md, "Assistance request"):
 *
 *   requested → matching → offered → accepted → in_progress → delivered → closed
 *
 * and the side roads:
 * - matching finds nobody before its deadline → escalated; the hub coordinator then hand-picks a
 *   provider (coordinator_offer → offered) or widens the constraints and matches again (rematch);
 * - every offered provider declines → declined; the answer window passes with nobody accepting
 *   → expired; from either the service matches again (next candidates) or escalates;
 * - acceptances are counted against `needed`: each one short of it is `offer_accepted` (stays
 *   offered), the one that reaches it is `enough_accepted`; at the answer deadline with some but
 *   not enough, the request goes ahead with those it has (`deadline_passed_partial`);
 * - the requester may cancel at any point before delivery, and ask for rework after it;
 * - work done outside the hub: an accepted or started request is closed without replaying start
 *   and deliver (`close_outside_hub`), and the record says so;
 * - closed and cancelled are final.
 */
export const REQUEST_STATES = [
  'requested',
  'matching',
  'offered',
  'accepted',
  'in_progress',
  'delivered',
  'closed',
  'declined',
  'expired',
  'escalated',
  'cancelled',
] as const
export type RequestState = (typeof REQUEST_STATES)[number]

export const REQUEST_EVENTS = [
  'start_matching',
  'offers_sent',
  'deadline_passed_no_candidates',
  'offer_accepted',
  'enough_accepted',
  'all_declined',
  'deadline_passed',
  'deadline_passed_partial',
  'escalate',
  'rematch',
  'coordinator_offer',
  'start_work',
  'deliver',
  'request_rework',
  'close',
  'close_outside_hub',
  'cancel',
] as const
export type RequestEvent = (typeof REQUEST_EVENTS)[number]

type Table = { readonly [S in RequestState]: { readonly [E in RequestEvent]?: RequestState } }

/** The one table of legal moves. A state missing here fails to compile. */
export const REQUEST_TRANSITIONS: Table = {
  requested: { start_matching: 'matching', cancel: 'cancelled' },
  matching: {
    offers_sent: 'offered',
    deadline_passed_no_candidates: 'escalated',
    escalate: 'escalated',
    cancel: 'cancelled',
  },
  offered: {
    offer_accepted: 'offered',
    enough_accepted: 'accepted',
    all_declined: 'declined',
    deadline_passed: 'expired',
    deadline_passed_partial: 'accepted',
    escalate: 'escalated',
    cancel: 'cancelled',
  },
  accepted: { start_work: 'in_progress', cancel: 'cancelled', close_outside_hub: 'closed' },
  in_progress: { deliver: 'delivered', cancel: 'cancelled', close_outside_hub: 'closed' },
  delivered: { close: 'closed', request_rework: 'in_progress' },
  closed: {},
  declined: { rematch: 'matching', escalate: 'escalated', cancel: 'cancelled' },
  expired: { rematch: 'matching', escalate: 'escalated', cancel: 'cancelled' },
  escalated: { coordinator_offer: 'offered', rematch: 'matching', cancel: 'cancelled' },
  cancelled: {},
}

export const isRequestState = (x: unknown): x is RequestState =>
  typeof x === 'string' && (REQUEST_STATES as readonly string[]).includes(x)

export const isRequestEvent = (x: unknown): x is RequestEvent =>
  typeof x === 'string' && (REQUEST_EVENTS as readonly string[]).includes(x)

export const allowedRequestEvents = (state: RequestState): RequestEvent[] =>
  Object.keys(REQUEST_TRANSITIONS[state]) as RequestEvent[]

/**
 * What a person does to cause an event, named as the API's route (`POST …/requests/{id}/start`
 * is `start`), so that a refusal speaks the caller's words. Events only the hub causes (offers
 * going out, deadlines, escalation) have no route and are not listed.
 */
export const REQUEST_EVENT_ACTIONS: { readonly [E in RequestEvent]?: string } = {
  start_matching: 'submit',
  offer_accepted: 'accept',
  enough_accepted: 'accept',
  all_declined: 'decline',
  coordinator_offer: 'offers',
  start_work: 'start',
  deliver: 'deliver',
  close: 'close',
  close_outside_hub: 'close (outsideHub: true)',
  cancel: 'cancel',
}

const actionOf = (event: RequestEvent): string => REQUEST_EVENT_ACTIONS[event] ?? event

/** The actions (route names) a request in this state takes now. */
export const allowedRequestActions = (state: RequestState): string[] => [
  ...new Set(allowedRequestEvents(state).flatMap((e) => (REQUEST_EVENT_ACTIONS[e] === undefined ? [] : [REQUEST_EVENT_ACTIONS[e]!]))),
]

/** The state after `event`, or a 409 naming the current state and, by their route names, the actions it takes now. */
export function nextState(state: RequestState, event: RequestEvent): RequestState {
  const to = REQUEST_TRANSITIONS[state][event]
  if (to === undefined) {
    const allowed = allowedRequestActions(state)
    const now = allowed.length > 0 ? `; now it takes: ${allowed.join(', ')}` : '; it is final'
    throw conflict('illegal_transition', `An assistance request that is ${state} cannot take "${actionOf(event)}"${now}`, undefined, {
      currentState: state,
      action: actionOf(event),
      allowedActions: allowed,
    })
  }
  return to
}

export const isFinalRequestState = (state: RequestState): boolean => allowedRequestEvents(state).length === 0

/** Which event an acceptance is, given the acceptances counted so far including this one. */
export const acceptanceEvent = (acceptedCount: number, needed: number): 'offer_accepted' | 'enough_accepted' =>
  acceptedCount >= needed ? 'enough_accepted' : 'offer_accepted'

/**
 * The event a state's deadline fires, for the job runner to arm when a request enters it;
 * null where no deadline runs (a human moves it on).
 */
export function deadlineEvent(state: RequestState, acceptedCount = 0): RequestEvent | null {
  switch (state) {
    case 'matching':
      return 'deadline_passed_no_candidates'
    case 'offered':
      return acceptedCount > 0 ? 'deadline_passed_partial' : 'deadline_passed'
    case 'requested':
    case 'accepted':
    case 'in_progress':
    case 'delivered':
    case 'closed':
    case 'declined':
    case 'expired':
    case 'escalated':
    case 'cancelled':
      return null
  }
}
