import { WarningLists } from '../../../formats/observables'

/**
 * How eager the correlation index is. The hub builds one from its Config (CORRELATION_CAP) and
 * puts it in Deps; without one, the defaults below apply (cap 100, the shipped warning lists).
 * More warning lists are added by constructing WarningLists with them.
 */
export interface CorrelationSettings {
  /** A value held by more objects than this raises no correlation event. */
  readonly cap: number
  /** Values on these lists (private ranges, public resolvers, top domains…) never correlate. */
  readonly warningLists: WarningLists
}

export const DEFAULT_CORRELATION_CAP = 100

let shipped: WarningLists | null = null

/** The shipped lists, compiled once on first use and never changed afterwards. */
export const shippedWarningLists = (): WarningLists => (shipped ??= new WarningLists())

export const correlationSettings = (given: CorrelationSettings | undefined): CorrelationSettings =>
  given ?? { cap: DEFAULT_CORRELATION_CAP, warningLists: shippedWarningLists() }
