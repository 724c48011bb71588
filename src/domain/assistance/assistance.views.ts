import type { ScorePart } from './matching'
import type { OfferRow, RecipientRatingRow, RequestRow } from './assistance.store'
import type { CandidateOfferView, EscalationView, OfferView, RequestView, SanitizedRequestView } from './assistance.schema'

const list = (s: string | null): string[] => (s === null ? [] : (JSON.parse(s) as string[]))

export const sanitizedView = (r: RequestRow): SanitizedRequestView => ({
  id: r.id,
  category: r.category,
  urgency: r.urgency,
  needed: r.needed,
  neededBy: r.needed_by,
  languages: list(r.languages),
  delivery: r.delivery,
  sanitizedSummary: r.sanitized_summary,
})

export const offerView = (o: OfferRow): OfferView => ({
  id: o.id,
  requestId: o.request_id,
  capabilityId: o.capability_id,
  providerOrg: o.provider_org,
  state: o.state,
  round: o.round,
  rank: o.rank,
  score: o.score,
  parts: JSON.parse(o.parts) as ScorePart[],
  byCoordinator: o.by_coordinator,
  sentAt: o.sent_at,
  answerDueAt: o.answer_due_at,
  answeredAt: o.answered_at,
  reason: o.reason,
  deliverable: o.deliverable,
  deliverableIntelIds: list(o.deliverable_intel_ids),
  deliveredAt: o.delivered_at,
})

/** The incident id appears only on an accepted offer: before that a candidate knows the summary alone. */
export const candidateOfferView = (o: OfferRow, r: RequestRow): CandidateOfferView => ({
  ...offerView(o),
  request: sanitizedView(r),
  ...(o.state === 'accepted' ? { incidentId: r.incident_id } : {}),
})

export const requestView = (r: RequestRow, offers: readonly OfferRow[], recipient: RecipientRatingRow | null): RequestView => ({
  ...sanitizedView(r),
  incidentId: r.incident_id,
  nationId: r.nation_id,
  requesterOrg: r.requester_org,
  createdBy: r.created_by,
  excludedNations: list(r.excluded_nations),
  summaryApprovedAt: r.summary_approved_at,
  state: r.state,
  round: r.round,
  severity: r.severity,
  submittedAt: r.submitted_at,
  firstOfferAt: r.first_offer_at,
  firstAcceptedAt: r.first_accepted_at,
  firstDeliveredAt: r.first_delivered_at,
  closedAt: r.closed_at,
  cancelledAt: r.cancelled_at,
  escalatedAt: r.escalated_at,
  rating: r.rating,
  ratingComment: r.rating_comment,
  closedOutsideHub: r.closed_outside_hub === 1,
  recipientRating: recipient === null ? null : { orgId: recipient.org_id, ratedBy: recipient.rated_by, rating: recipient.rating, comment: recipient.comment, ratedAt: recipient.rated_at },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  offers: offers.map(offerView),
})

export const escalationView = (r: RequestRow, nation: string, offersTried: number): EscalationView => ({
  ...sanitizedView(r),
  nation,
  severity: r.severity,
  escalatedAt: r.escalated_at,
  offersTried,
})
