import { conflict } from '../../core/errors'

/**
 * One offer made to one provider for one request. A pending offer is answered (accepted or
 * declined), runs out (expired), or is taken back by the hub (withdrawn: the request was
 * cancelled, or enough others accepted first). An accepted offer can still be withdrawn, by the
 * provider pulling out or by the request being cancelled. Every other state is final.
 */
export const OFFER_STATES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const
export type OfferState = (typeof OFFER_STATES)[number]

export const OFFER_EVENTS = ['accept', 'decline', 'expire', 'withdraw'] as const
export type OfferEvent = (typeof OFFER_EVENTS)[number]

export function nextOfferState(state: OfferState, event: OfferEvent): OfferState {
  switch (state) {
    case 'pending':
      switch (event) {
        case 'accept':
          return 'accepted'
        case 'decline':
          return 'declined'
        case 'expire':
          return 'expired'
        case 'withdraw':
          return 'withdrawn'
      }
      break
    case 'accepted':
      if (event === 'withdraw') return 'withdrawn'
      break
    case 'declined':
    case 'expired':
    case 'withdrawn':
      break
  }
  throw conflict('illegal_transition', `An offer that is ${state} cannot take "${event}"`, undefined, {
    currentState: state,
  })
}

export const isOfferState = (x: unknown): x is OfferState =>
  typeof x === 'string' && (OFFER_STATES as readonly string[]).includes(x)

export const isOfferOpen = (state: OfferState): boolean => state === 'pending'
