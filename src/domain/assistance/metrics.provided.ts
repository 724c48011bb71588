/** The provider's side of the metrics: what a nation's capabilities were offered, took on, delivered. */
import type { Db } from '../../store/db'
import * as store from './assistance.store'
import { durations, ratings, secondsBetween, share } from './metrics.figures'
import type { ProvidedAggregateView } from './metrics.schema'

function provided(key: string, offers: readonly store.OfferRow[]): ProvidedAggregateView {
  const count = (state: string) => offers.filter((o) => o.state === state).length
  const answered = offers.filter((o) => o.answered_at !== null)
  const ranOut = count('expired')
  const taken = offers.filter((o) => o.answered_at !== null && o.state !== 'declined')
  return {
    key,
    offersReceived: offers.length,
    // An accepted offer may later be withdrawn (the request was cancelled): it was still taken on.
    accepted: taken.length,
    declined: count('declined'),
    expired: ranOut,
    withdrawn: count('withdrawn'),
    pending: count('pending'),
    delivered: offers.filter((o) => o.delivered_at !== null).length,
    answeredOnTimeShare: share(answered.filter((o) => o.answered_at! <= o.answer_due_at).length, answered.length + ranOut),
    timeToAnswer: durations(answered.map((o) => secondsBetween(o.sent_at, o.answered_at))),
    timeToDelivery: durations(taken.map((o) => secondsBetween(o.answered_at, o.delivered_at))),
    ratings: ratings(offers.map((o) => o.rating)),
  }
}

/** What the nation's providers were offered and did (every provider's, for the hub), overall and by category. */
export async function providedMetrics(db: Db, nationId: string | null): Promise<{ overall: ProvidedAggregateView; byCategory: ProvidedAggregateView[] }> {
  const offers = await store.offersToNation(db, nationId)
  const categories = await store.categoriesOf(db, offers.map((o) => o.request_id))
  const groups = new Map<string, store.OfferRow[]>()
  for (const o of offers) {
    const c = categories.get(o.request_id) ?? 'unknown'
    groups.set(c, [...(groups.get(c) ?? []), o])
  }
  return {
    overall: provided('all', offers),
    byCategory: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => provided(k, g)),
  }
}
