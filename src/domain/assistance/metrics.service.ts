/**
 * How well assistance works, in figures a person can read: times to each milestone (rounded
 * seconds, and the median in words), requests that found nobody, answers on time, ratings from
 * both the requester and the organization that received the help, and the provider's side: what
 * a nation's capabilities were offered, took on and delivered.
 */
import { forbidden } from '../../core/errors'
import type { Deps } from '../deps'
import { findOrg, type Actor } from '../members'
import { severityOf, type SeverityLevel } from '../vocab'
import { assistancePermissions } from './assistance.permissions'
import * as store from './assistance.store'
import { durations, ratings, secondsBetween, share } from './metrics.figures'
import { providedMetrics } from './metrics.provided'
import { METRIC_UNITS, type AggregateView, type ProvidedAggregateView } from './metrics.schema'

export type Aggregate = AggregateView

export interface RequestMetrics {
  requestId: string
  nation: string
  category: string
  severity: number
  state: string
  secondsToFirstOffer: number | null
  secondsToAcceptance: number | null
  secondsToFirstDelivery: number | null
  secondsToClosure: number | null
  hadHelper: boolean
  offersAnswered: number
  offersAnsweredOnTime: number
  offersExpired: number
  closedOutsideHub: boolean
  /** The requester's rating on closing, 1 to 5. */
  rating: number | null
  /** The receiving organization's own rating, 1 to 5. */
  recipientRating: number | null
}

const wholeSecondsBetween = (from: string | null, to: string | null): number | null => {
  const s = secondsBetween(from, to)
  return s === null ? null : Math.round(s)
}

function aggregate(key: string, rows: RequestMetrics[]): Aggregate {
  const answered = rows.reduce((n, r) => n + r.offersAnswered + r.offersExpired, 0)
  const onTime = rows.reduce((n, r) => n + r.offersAnsweredOnTime, 0)
  return {
    key,
    requests: rows.length,
    timeToFirstOffer: durations(rows.map((r) => r.secondsToFirstOffer)),
    timeToAcceptance: durations(rows.map((r) => r.secondsToAcceptance)),
    timeToFirstDelivery: durations(rows.map((r) => r.secondsToFirstDelivery)),
    timeToClosure: durations(rows.map((r) => r.secondsToClosure)),
    noHelperShare: share(rows.filter((r) => !r.hadHelper).length, rows.length),
    answerDeadlineHitRate: share(onTime, answered),
    closedOutsideHub: rows.filter((r) => r.closedOutsideHub).length,
    ratings: { requester: ratings(rows.map((r) => r.rating)), recipient: ratings(rows.map((r) => r.recipientRating)) },
  }
}

function groupBy(rows: RequestMetrics[], key: (r: RequestMetrics) => string): Aggregate[] {
  const groups = new Map<string, RequestMetrics[]>()
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r])
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => aggregate(k, g))
}

export interface AssistanceMetrics {
  scope: 'hub' | 'nation'
  units: typeof METRIC_UNITS
  overall: Aggregate
  byNation: Aggregate[]
  byCategory: Aggregate[]
  bySeverity: Aggregate[]
  /** Per request: the nation's own only; the hub's coordinators see aggregates. */
  requests: RequestMetrics[]
  /** As a helper: what the nation's providers were offered and did (every provider, for the hub). */
  provided: { overall: ProvidedAggregateView; byCategory: ProvidedAggregateView[] }
}

/**
 * A nation sees metrics of its own submitted requests (per request and aggregated) and of the help
 * it provided; the hub's coordinators see the aggregates over all of them. Nothing here names an
 * incident, and the provider's side names no requesting nation.
 */
export async function assistanceMetrics(deps: Deps, actor: Actor): Promise<AssistanceMetrics> {
  if (!assistancePermissions.may(actor, 'metrics', {})) throw forbidden('Assistance metrics are for member nations and the hub\u2019s coordinators')
  // Only the hub's coordinators pass the table without a nation: theirs is the hub-wide view.
  const hub = actor.nationId === null
  const rows = await store.submittedRequests(deps.db, actor.exerciseId, hub ? null : actor.nationId)
  const offers = await store.offersOfRequests(deps.db, rows.map((r) => r.id))
  const recipient = new Map((await store.recipientRatingsOf(deps.db, rows.map((r) => r.id))).map((x) => [x.request_id, x.rating]))
  const countries = new Map<string, string>()
  const per: RequestMetrics[] = []
  for (const r of rows) {
    if (!countries.has(r.nation_id)) countries.set(r.nation_id, (await findOrg(deps.db, r.nation_id))?.country ?? r.nation_id)
    const mine = offers.filter((o) => o.request_id === r.id)
    const answered = mine.filter((o) => o.answered_at !== null)
    per.push({
      requestId: r.id,
      nation: countries.get(r.nation_id)!,
      category: r.category,
      severity: r.severity,
      state: r.state,
      secondsToFirstOffer: wholeSecondsBetween(r.submitted_at, r.first_offer_at),
      secondsToAcceptance: wholeSecondsBetween(r.submitted_at, r.first_accepted_at),
      secondsToFirstDelivery: wholeSecondsBetween(r.submitted_at, r.first_delivered_at),
      secondsToClosure: wholeSecondsBetween(r.submitted_at, r.closed_at),
      hadHelper: r.first_accepted_at !== null,
      offersAnswered: answered.length,
      offersAnsweredOnTime: answered.filter((o) => o.answered_at! <= o.answer_due_at).length,
      offersExpired: mine.filter((o) => o.state === 'expired').length,
      closedOutsideHub: r.closed_outside_hub === 1,
      rating: r.rating,
      recipientRating: recipient.get(r.id) ?? null,
    })
  }
  return {
    scope: hub ? 'hub' : 'nation',
    units: METRIC_UNITS,
    overall: aggregate('all', per),
    byNation: groupBy(per, (r) => r.nation),
    byCategory: groupBy(per, (r) => r.category),
    bySeverity: groupBy(per, (r) => `${r.severity} ${severityOf(r.severity as SeverityLevel).name}`),
    requests: hub ? [] : per,
    provided: await providedMetrics(deps.db, hub ? null : actor.nationId),
  }
}
