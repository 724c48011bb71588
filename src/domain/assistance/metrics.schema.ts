import { Type, type Static } from 'typebox'

const NullableNumber = Type.Union([Type.Number(), Type.Null()])

export const Durations = Type.Object({
  count: Type.Integer(),
  medianSeconds: Type.Union([Type.Integer(), Type.Null()], { description: 'seconds, rounded to the second' }),
  meanSeconds: Type.Union([Type.Integer(), Type.Null()], { description: 'seconds, rounded to the second' }),
  median: Type.Union([Type.String(), Type.Null()], { description: 'the median for people: "3 h 20 min"' }),
})

export const Ratings = Type.Object({
  count: Type.Integer(),
  mean: Type.Union([Type.Number(), Type.Null()], { description: '1 to 5, rounded to two decimals' }),
})

/** The requester's ratings (on closing) and the receiving organization's (its own). */
export const RatingsBySide = Type.Object({ requester: Ratings, recipient: Ratings })

export const Aggregate = Type.Object({
  key: Type.String(),
  requests: Type.Integer({ description: 'requests submitted (as requester)' }),
  timeToFirstOffer: Durations,
  timeToAcceptance: Durations,
  timeToFirstDelivery: Durations,
  timeToClosure: Durations,
  noHelperShare: Type.Union([Type.Number(), Type.Null()], { description: 'fraction 0..1 (3 decimals) of requests no helper accepted' }),
  answerDeadlineHitRate: Type.Union([Type.Number(), Type.Null()], { description: 'fraction 0..1 (3 decimals) of offers answered before their deadline' }),
  closedOutsideHub: Type.Integer({ description: 'requests closed with their work done outside the hub' }),
  ratings: RatingsBySide,
})

/** What a nation provided as a helper (the hub: every provider together). */
export const ProvidedAggregate = Type.Object({
  key: Type.String(),
  offersReceived: Type.Integer(),
  accepted: Type.Integer({ description: 'offers accepted (assignments taken)' }),
  declined: Type.Integer(),
  expired: Type.Integer(),
  withdrawn: Type.Integer(),
  pending: Type.Integer(),
  delivered: Type.Integer({ description: 'assignments delivered' }),
  answeredOnTimeShare: Type.Union([Type.Number(), Type.Null()], { description: 'fraction 0..1 (3 decimals) of offers answered before their deadline' }),
  timeToAnswer: Durations,
  timeToDelivery: Durations,
  ratings: Type.Object({ count: Type.Integer(), mean: NullableNumber }, { description: 'ratings of its assignments, 1 to 5' }),
})

export const Provided = Type.Object({ overall: ProvidedAggregate, byCategory: Type.Array(ProvidedAggregate) })

export const METRIC_UNITS = {
  durations: 'seconds (rounded); `median` says it in words',
  shares: 'fraction 0..1 (3 decimals)',
  ratings: '1 (poor) to 5 (excellent), mean to 2 decimals',
} as const

export const MetricsView = Type.Object({
  scope: Type.String({ description: 'hub: every nation (aggregates only); nation: the caller\u2019s nation' }),
  units: Type.Object({ durations: Type.String(), shares: Type.String(), ratings: Type.String() }),
  overall: Aggregate,
  byNation: Type.Array(Aggregate),
  byCategory: Type.Array(Aggregate),
  bySeverity: Type.Array(Aggregate),
  requests: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  provided: Provided,
})

export type DurationsView = Static<typeof Durations>
export type RatingsView = Static<typeof Ratings>
export type AggregateView = Static<typeof Aggregate>
export type ProvidedAggregateView = Static<typeof ProvidedAggregate>
