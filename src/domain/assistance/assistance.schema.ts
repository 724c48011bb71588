import { Type, type Static } from 'typebox'
import { Id, strict, StringEnum, Time } from '../../core/schema'
import { VocabString } from '../vocab'

const NullableTime = Type.Union([Time, Type.Null()])
const Country = Type.String({ pattern: '^[A-Z]{2}$' })

export const RequestInput = Type.Object(
  {
    incidentId: Id,
    category: VocabString('capability-categories', { description: 'capability category asked for' }),
    urgency: VocabString('urgencies', { description: 'critical, high, medium or low: how long offered providers have to answer' }),
    needed: Type.Integer({ minimum: 1, maximum: 20, description: 'how many helpers' }),
    neededBy: Type.Optional(Time),
    languages: Type.Array(VocabString('languages'), { maxItems: 20, uniqueItems: true, description: 'ISO 639-1; any one will do; empty: no constraint' }),
    delivery: StringEnum(['remote', 'on_site', 'either'] as const),
    excludedNations: Type.Optional(Type.Array(Country, { uniqueItems: true, maxItems: 64 })),
    sanitizedSummary: Type.String({ minLength: 1, maxLength: 4000, description: 'all that candidates see before they accept' }),
  },
  strict,
)
export type RequestInput = Static<typeof RequestInput>

export const DeclineInput = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, strict)
export const CancelInput = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 2000 })) }, strict)
export const DeliverInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: 100_000 }), intelIds: Type.Optional(Type.Array(Type.String(), { maxItems: 500, uniqueItems: true })) },
  strict,
)
export type DeliverInput = Static<typeof DeliverInput>
export const CloseInput = Type.Object(
  {
    rating: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.Optional(Type.String({ maxLength: 4000 })),
    outsideHub: Type.Optional(Type.Boolean({ description: 'the work was done outside the hub: close an accepted or started request without start and deliver (the record says so)' })),
  },
  strict,
)
export type CloseInput = Static<typeof CloseInput>
export const RatingInput = Type.Object(
  { rating: Type.Integer({ minimum: 1, maximum: 5 }), comment: Type.Optional(Type.String({ maxLength: 4000 })) },
  strict,
)
export type RatingInput = Static<typeof RatingInput>
export const CoordinatorOfferInput = Type.Object({ capabilityId: Id }, strict)

const Part = Type.Object({ name: Type.String(), weight: Type.Number(), value: Type.Number(), contribution: Type.Number() })

/** What a candidate is shown of a request before it accepts: the sanitized summary and the terms. */
export const SanitizedRequestView = Type.Object({
  id: Id,
  category: Type.String(),
  urgency: Type.String(),
  needed: Type.Integer(),
  neededBy: NullableTime,
  languages: Type.Array(Type.String()),
  delivery: Type.String(),
  sanitizedSummary: Type.String(),
})
export type SanitizedRequestView = Static<typeof SanitizedRequestView>

export const OfferView = Type.Object({
  id: Id,
  requestId: Id,
  capabilityId: Id,
  providerOrg: Id,
  state: Type.String(),
  round: Type.Integer(),
  rank: Type.Union([Type.Integer(), Type.Null()]),
  score: Type.Union([Type.Number(), Type.Null()]),
  parts: Type.Array(Part),
  byCoordinator: Type.Union([Type.String(), Type.Null()]),
  sentAt: Time,
  answerDueAt: Time,
  answeredAt: NullableTime,
  reason: Type.Union([Type.String(), Type.Null()]),
  deliverable: Type.Union([Type.String(), Type.Null()]),
  deliverableIntelIds: Type.Array(Type.String()),
  deliveredAt: NullableTime,
})
export type OfferView = Static<typeof OfferView>

/** An offer as its candidate sees it: the sanitized request, and the incident only once accepted. */
export const CandidateOfferView = Type.Object({
  ...OfferView.properties,
  request: SanitizedRequestView,
  incidentId: Type.Optional(Id),
})
export type CandidateOfferView = Static<typeof CandidateOfferView>

export const RecipientRatingView = Type.Object({ orgId: Id, ratedBy: Type.String(), rating: Type.Integer(), comment: Type.Union([Type.String(), Type.Null()]), ratedAt: Time })
export type RecipientRatingView = Static<typeof RecipientRatingView>

export const RequestView = Type.Object({
  ...SanitizedRequestView.properties,
  incidentId: Id,
  nationId: Id,
  requesterOrg: Id,
  createdBy: Type.String(),
  excludedNations: Type.Array(Type.String()),
  summaryApprovedAt: NullableTime,
  state: Type.String(),
  round: Type.Integer(),
  severity: Type.Integer(),
  submittedAt: NullableTime,
  firstOfferAt: NullableTime,
  firstAcceptedAt: NullableTime,
  firstDeliveredAt: NullableTime,
  closedAt: NullableTime,
  cancelledAt: NullableTime,
  escalatedAt: NullableTime,
  rating: Type.Union([Type.Integer(), Type.Null()], { description: 'the requester\u2019s rating, given on closing' }),
  ratingComment: Type.Union([Type.String(), Type.Null()]),
  closedOutsideHub: Type.Boolean({ description: 'closed with its work done outside the hub (no start or delivery recorded here)' }),
  recipientRating: Type.Union([RecipientRatingView, Type.Null()], { description: 'the rating of the organization that received the help' }),
  createdAt: Time,
  updatedAt: Time,
  offers: Type.Array(OfferView),
})
export type RequestView = Static<typeof RequestView>

/** A request as whoever asks may see it: the requester in full, a candidate or coordinator sanitized. */
export const AnyRequestView = Type.Union([
  RequestView,
  Type.Object({ ...SanitizedRequestView.properties, view: Type.Literal('candidate'), offers: Type.Array(CandidateOfferView) }),
  Type.Object({ ...SanitizedRequestView.properties, view: Type.Literal('escalation'), state: Type.String() }),
])

export const EscalationView = Type.Object({
  ...SanitizedRequestView.properties,
  nation: Type.String(),
  severity: Type.Integer(),
  escalatedAt: NullableTime,
  offersTried: Type.Integer(),
})
export type EscalationView = Static<typeof EscalationView>

export const CandidatesView = Type.Object({
  ranked: Type.Array(Type.Object({ capabilityId: Id, orgId: Id, nation: Type.String(), rank: Type.Integer(), score: Type.Number(), parts: Type.Array(Part) })),
  excluded: Type.Array(Type.Object({ reason: Type.String(), description: Type.String(), capabilityIds: Type.Array(Id) })),
  weights: Type.Record(Type.String(), Type.Number()),
})
