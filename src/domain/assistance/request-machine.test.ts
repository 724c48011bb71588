import { describe, it, expect } from 'vitest'
import { isAppError } from '../../core/errors'
import {
  REQUEST_EVENTS,
  REQUEST_STATES,
  acceptanceEvent,
  allowedRequestEvents,
  deadlineEvent,
  isFinalRequestState,
  nextState,
  type RequestEvent,
  type RequestState,
} from './request-machine'
import { OFFER_EVENTS, OFFER_STATES, nextOfferState, type OfferEvent, type OfferState } from './offer-machine'

// Written out again here, by hand, so that a change to the machine's table must be made twice.
const LEGAL: [RequestState, RequestEvent, RequestState][] = [
  ['requested', 'start_matching', 'matching'],
  ['requested', 'cancel', 'cancelled'],
  ['matching', 'offers_sent', 'offered'],
  ['matching', 'deadline_passed_no_candidates', 'escalated'],
  ['matching', 'escalate', 'escalated'],
  ['matching', 'cancel', 'cancelled'],
  ['offered', 'offer_accepted', 'offered'],
  ['offered', 'enough_accepted', 'accepted'],
  ['offered', 'all_declined', 'declined'],
  ['offered', 'deadline_passed', 'expired'],
  ['offered', 'deadline_passed_partial', 'accepted'],
  ['offered', 'escalate', 'escalated'],
  ['offered', 'cancel', 'cancelled'],
  ['accepted', 'start_work', 'in_progress'],
  ['accepted', 'cancel', 'cancelled'],
  ['accepted', 'close_outside_hub', 'closed'],
  ['in_progress', 'deliver', 'delivered'],
  ['in_progress', 'cancel', 'cancelled'],
  ['in_progress', 'close_outside_hub', 'closed'],
  ['delivered', 'close', 'closed'],
  ['delivered', 'request_rework', 'in_progress'],
  ['declined', 'rematch', 'matching'],
  ['declined', 'escalate', 'escalated'],
  ['declined', 'cancel', 'cancelled'],
  ['expired', 'rematch', 'matching'],
  ['expired', 'escalate', 'escalated'],
  ['expired', 'cancel', 'cancelled'],
  ['escalated', 'coordinator_offer', 'offered'],
  ['escalated', 'rematch', 'matching'],
  ['escalated', 'cancel', 'cancelled'],
]
const legalKey = new Set(LEGAL.map(([s, e]) => `${s}/${e}`))
const ILLEGAL = REQUEST_STATES.flatMap((s) =>
  REQUEST_EVENTS.filter((e) => !legalKey.has(`${s}/${e}`)).map((e) => [s, e] as [RequestState, RequestEvent]),
)

const conflictOf = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    if (isAppError(e)) return { status: e.status, code: e.code, currentState: e.extra.currentState }
    throw e
  }
  return null
}

describe('assistance request machine', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, event, to) => {
    expect(nextState(from, event)).toBe(to)
  })

  it.each(ILLEGAL)('refuses %s --%s--> with a 409 naming the current state', (from, event) => {
    expect(conflictOf(() => nextState(from, event))).toEqual({ status: 409, code: 'illegal_transition', currentState: from })
  })

  it('walks the happy path from requested to closed', () => {
    const path: RequestEvent[] = ['start_matching', 'offers_sent', 'offer_accepted', 'enough_accepted', 'start_work', 'deliver', 'close']
    expect(path.reduce<RequestState>(nextState, 'requested')).toBe('closed')
  })

  it('has only closed and cancelled final, and every state reachable from requested', () => {
    expect(REQUEST_STATES.filter(isFinalRequestState)).toEqual(['closed', 'cancelled'])
    const seen = new Set<RequestState>(['requested'])
    const queue: RequestState[] = ['requested']
    while (queue.length > 0) {
      const s = queue.shift()!
      for (const e of allowedRequestEvents(s)) {
        const to = nextState(s, e)
        if (!seen.has(to)) {
          seen.add(to)
          queue.push(to)
        }
      }
    }
    expect([...seen].sort()).toEqual([...REQUEST_STATES].sort())
  })

  it('counts acceptances against the number needed', () => {
    expect(acceptanceEvent(1, 2)).toBe('offer_accepted')
    expect(acceptanceEvent(2, 2)).toBe('enough_accepted')
    expect(acceptanceEvent(3, 2)).toBe('enough_accepted')
  })

  it('arms deadlines only where one runs, each a legal event there', () => {
    for (const s of REQUEST_STATES) {
      for (const accepted of [0, 1]) {
        const e = deadlineEvent(s, accepted)
        if (e !== null) expect(nextState(s, e)).not.toBe(s)
      }
    }
    expect(deadlineEvent('matching')).toBe('deadline_passed_no_candidates')
    expect(deadlineEvent('offered', 0)).toBe('deadline_passed')
    expect(deadlineEvent('offered', 1)).toBe('deadline_passed_partial')
    expect(deadlineEvent('in_progress')).toBeNull()
  })
})

const OFFER_LEGAL: [OfferState, OfferEvent, OfferState][] = [
  ['pending', 'accept', 'accepted'],
  ['pending', 'decline', 'declined'],
  ['pending', 'expire', 'expired'],
  ['pending', 'withdraw', 'withdrawn'],
  ['accepted', 'withdraw', 'withdrawn'],
]
const offerLegalKey = new Set(OFFER_LEGAL.map(([s, e]) => `${s}/${e}`))
const OFFER_ILLEGAL = OFFER_STATES.flatMap((s) =>
  OFFER_EVENTS.filter((e) => !offerLegalKey.has(`${s}/${e}`)).map((e) => [s, e] as [OfferState, OfferEvent]),
)

describe('offer machine', () => {
  it.each(OFFER_LEGAL)('%s --%s--> %s', (from, event, to) => {
    expect(nextOfferState(from, event)).toBe(to)
  })
  it.each(OFFER_ILLEGAL)('refuses %s --%s-->', (from, event) => {
    expect(conflictOf(() => nextOfferState(from, event))).toEqual({ status: 409, code: 'illegal_transition', currentState: from })
  })
})

describe('refusals name actions as the routes do', () => {
  const refusal = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      if (isAppError(e)) return { message: e.message, extra: e.extra }
    }
    throw new Error('expected a refusal')
  }

  it('calls start_work "start" and lists what the state takes now by route name', () => {
    const r = refusal(() => nextState('offered', 'start_work'))
    expect(r.message).toBe('An assistance request that is offered cannot take "start"; now it takes: accept, decline, cancel')
    expect(r.extra).toEqual({ currentState: 'offered', action: 'start', allowedActions: ['accept', 'decline', 'cancel'] })
  })

  it('names a person\u2019s action by its route, never by the internal event, in every refusal', () => {
    const routed = ['start_work', 'start_matching', 'close_outside_hub', 'coordinator_offer', 'enough_accepted'] as const
    for (const s of REQUEST_STATES) {
      for (const e of routed) {
        if (allowedRequestEvents(s).includes(e)) continue
        const r = refusal(() => nextState(s, e))
        for (const internal of routed) expect(r.message).not.toContain(internal)
        for (const internal of routed) expect(r.extra.allowedActions).not.toContain(internal)
      }
    }
  })

  it('says a final state is final', () => {
    expect(refusal(() => nextState('closed', 'close')).message).toBe('An assistance request that is closed cannot take "close"; it is final')
  })
})
