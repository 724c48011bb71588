/** How well assistance works: times to each milestone, requests that found nobody, answers on time. */
import { forbidden } from '../../core/errors'
import type { Deps } from '../deps'
import { findOrg, type Actor } from '../members'
import { severityOf, type SeverityLevel } from '../vocab'
import { assistancePermissions } from './assistance.permissions'
import * as store from './assistance.store'

export interface Durations {
  count: number
  medianSeconds: number | null
  meanSeconds: number | null
}

export interface Aggregate {
  key: string
  requests: number
  timeToFirstOffer: Durations
  timeToAcceptance: Durations
  timeToFirstDelivery: Durations
  timeToClosure: Durations
  /** Share of requests that have no helper (no offer ever accepted). */
  noHelperShare: number | null
  /** Of the offers answered or run out, the share answered before their deadline. */
  answerDeadlineHitRate: number | null
}

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
}

const secondsBetween = (from: string | null, to: string | null): number | null =>
  from === null || to === null ? null : (Date.parse(to) - Date.parse(from)) / 1000

function durations(xs: (number | null)[]): Durations {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b)
  if (v.length === 0) return { count: 0, medianSeconds: null, meanSeconds: null }
  const mid = Math.floor(v.length / 2)
  return {
    count: v.length,
    medianSeconds: v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2,
    meanSeconds: v.reduce((a, b) => a + b, 0) / v.length,
  }
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
    noHelperShare: rows.length === 0 ? null : rows.filter((r) => !r.hadHelper).length / rows.length,
    answerDeadlineHitRate: answered === 0 ? null : onTime / answered,
  }
}

function groupBy(rows: RequestMetrics[], key: (r: RequestMetrics) => string): Aggregate[] {
  const groups = new Map<string, RequestMetrics[]>()
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r])
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => aggregate(k, g))
}

export interface AssistanceMetrics {
  scope: 'hub' | 'nation'
  overall: Aggregate
  byNation: Aggregate[]
  byCategory: Aggregate[]
  bySeverity: Aggregate[]
  /** Per request: the nation's own only; the hub's coordinators see aggregates. */
  requests: RequestMetrics[]
}

/**
 * A nation sees metrics of its own submitted requests (per request and aggregated); the hub's
 * coordinators see the aggregates over all of them. Nothing here names an incident.
 */
export async function assistanceMetrics(deps: Deps, actor: Actor): Promise<AssistanceMetrics> {
  if (!assistancePermissions.may(actor, 'metrics', {})) throw forbidden('Assistance metrics are for member nations and the hub\u2019s coordinators')
  // Only the hub's coordinators pass the table without a nation: theirs is the hub-wide view.
  const hub = actor.nationId === null
  const rows = await store.submittedRequests(deps.db, actor.exerciseId, hub ? null : actor.nationId)
  const offers = await store.offersOfRequests(deps.db, rows.map((r) => r.id))
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
      secondsToFirstOffer: secondsBetween(r.submitted_at, r.first_offer_at),
      secondsToAcceptance: secondsBetween(r.submitted_at, r.first_accepted_at),
      secondsToFirstDelivery: secondsBetween(r.submitted_at, r.first_delivered_at),
      secondsToClosure: secondsBetween(r.submitted_at, r.closed_at),
      hadHelper: r.first_accepted_at !== null,
      offersAnswered: answered.length,
      offersAnsweredOnTime: answered.filter((o) => o.answered_at! <= o.answer_due_at).length,
      offersExpired: mine.filter((o) => o.state === 'expired').length,
    })
  }
  return {
    scope: hub ? 'hub' : 'nation',
    overall: aggregate('all', per),
    byNation: groupBy(per, (r) => r.nation),
    byCategory: groupBy(per, (r) => r.category),
    bySeverity: groupBy(per, (r) => `${r.severity} ${severityOf(r.severity as SeverityLevel).name}`),
    requests: hub ? [] : per,
  }
}
