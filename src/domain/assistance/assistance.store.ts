import type { Selectable } from 'kysely'
import type { Db } from '../../store/db'
import type { AssistanceOfferTable, AssistanceRecipientRatingTable, AssistanceRequestTable } from '../../store/schema'
import type { Tx } from '../../store/tx'
import { inWorld } from '../../tlp'

type Q = Db | Tx
export type RequestRow = Selectable<AssistanceRequestTable>
export type OfferRow = Selectable<AssistanceOfferTable>
export type RecipientRatingRow = Selectable<AssistanceRecipientRatingTable>

export async function insertRequest(q: Q, row: RequestRow): Promise<void> {
  await q.insertInto('assistance_request').values(row).execute()
}

/** Any request by id, whatever its world: for the hub's own steps (deadlines), never shown as such. */
export async function findRequest(q: Q, id: string): Promise<RequestRow | null> {
  return (await q.selectFrom('assistance_request').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
}

/**
 * A request of the world `exerciseId` (null: the real world), for reads on someone's behalf.
 * Requests and offers carry no marking of their own (who sees them follows from the incident
 * and the offers), so their part of the scope is the world; the callers add the rest.
 */
export async function findRequestIn(q: Q, exerciseId: string | null, id: string): Promise<RequestRow | null> {
  return (await q.selectFrom('assistance_request').selectAll().where('id', '=', id).where(inWorld('assistance_request.exercise_id', exerciseId)).executeTakeFirst()) ?? null
}

export async function updateRequest(q: Q, id: string, set: Partial<RequestRow>): Promise<void> {
  await q.updateTable('assistance_request').set(set).where('id', '=', id).execute()
}

export async function requestsOfNation(q: Q, exerciseId: string | null, nationId: string, limit: number): Promise<RequestRow[]> {
  return q
    .selectFrom('assistance_request')
    .selectAll()
    .where('nation_id', '=', nationId)
    .where(inWorld('assistance_request.exercise_id', exerciseId))
    .orderBy('created_at', 'desc').orderBy('id').limit(limit).execute()
}

export async function requestsInState(q: Q, exerciseId: string | null, state: string): Promise<RequestRow[]> {
  return q.selectFrom('assistance_request').selectAll().where('state', '=', state).where(inWorld('assistance_request.exercise_id', exerciseId)).orderBy('escalated_at').orderBy('id').execute()
}

/** Requests of one world that left the draft stage (for metrics), optionally of one nation. */
export async function submittedRequests(q: Q, exerciseId: string | null, nationId: string | null): Promise<RequestRow[]> {
  let query = q.selectFrom('assistance_request').selectAll().where('submitted_at', 'is not', null).where(inWorld('assistance_request.exercise_id', exerciseId))
  if (nationId !== null) query = query.where('nation_id', '=', nationId)
  return query.orderBy('submitted_at').execute()
}

export async function insertOffer(q: Q, row: OfferRow): Promise<void> {
  await q.insertInto('assistance_offer').values(row).execute()
}

/** An offer of the world `exerciseId` (null: the real world). */
export async function findOffer(q: Q, exerciseId: string | null, id: string): Promise<OfferRow | null> {
  return (await q.selectFrom('assistance_offer').selectAll().where('id', '=', id).where(inWorld('assistance_offer.exercise_id', exerciseId)).executeTakeFirst()) ?? null
}

export async function updateOffer(q: Q, id: string, set: Partial<OfferRow>): Promise<void> {
  await q.updateTable('assistance_offer').set(set).where('id', '=', id).execute()
}

export async function offersOf(q: Q, requestId: string): Promise<OfferRow[]> {
  return q.selectFrom('assistance_offer').selectAll().where('request_id', '=', requestId).orderBy('round').orderBy('rank').orderBy('sent_at').execute()
}

export async function offersOfRequests(q: Q, requestIds: readonly string[]): Promise<OfferRow[]> {
  if (requestIds.length === 0) return []
  const out: OfferRow[] = []
  for (let i = 0; i < requestIds.length; i += 500) {
    out.push(...(await q.selectFrom('assistance_offer').selectAll().where('request_id', 'in', requestIds.slice(i, i + 500)).execute()))
  }
  return out
}

/** Offers of one world addressed to these organizations (a provider and, for its nation's POCs, the nation's). */
export async function offersTo(q: Q, exerciseId: string | null, orgIds: readonly string[], limit: number): Promise<OfferRow[]> {
  if (orgIds.length === 0) return []
  return q
    .selectFrom('assistance_offer')
    .selectAll()
    .where((eb) => eb.or([eb('provider_org', 'in', [...orgIds]), eb('provider_nation', 'in', [...orgIds])]))
    .where(inWorld('assistance_offer.exercise_id', exerciseId))
    .orderBy('sent_at', 'desc')
    .limit(limit)
    .execute()
}

/** Assignments a capability is busy with: accepted offers whose request is not yet delivered or over. */
export async function activeLoad(q: Q, capabilityIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  if (capabilityIds.length === 0) return out
  for (let i = 0; i < capabilityIds.length; i += 500) {
    const rows = await q
      .selectFrom('assistance_offer as o')
      .innerJoin('assistance_request as r', 'r.id', 'o.request_id')
      .select(['o.capability_id as id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('o.state', '=', 'accepted')
      .where('r.state', 'in', ['offered', 'accepted', 'in_progress'])
      .where('o.capability_id', 'in', capabilityIds.slice(i, i + 500))
      .groupBy('o.capability_id')
      .execute()
    for (const r of rows) out.set(r.id, Number(r.n))
  }
  return out
}

/** Past feedback per capability: count and mean of the requesters' ratings. */
export async function ratingsOf(q: Q, capabilityIds: readonly string[]): Promise<Map<string, { count: number; mean: number }>> {
  const out = new Map<string, { count: number; mean: number }>()
  for (let i = 0; i < capabilityIds.length; i += 500) {
    const rows = await q
      .selectFrom('assistance_offer')
      .select(['capability_id as id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.avg<number>('rating').as('mean')])
      .where('rating', 'is not', null)
      .where('capability_id', 'in', capabilityIds.slice(i, i + 500))
      .groupBy('capability_id')
      .execute()
    for (const r of rows) out.set(r.id, { count: Number(r.n), mean: Number(r.mean) })
  }
  return out
}

/** Enabled users of these organizations who hold one of the roles (named audience for RED). */
export async function usersWithRole(q: Q, orgIds: readonly string[], roles: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  if (orgIds.length === 0) return out
  for (let i = 0; i < orgIds.length; i += 500) {
    const rows = await q.selectFrom('app_user').select(['id', 'org_id', 'roles']).where('org_id', 'in', orgIds.slice(i, i + 500)).where('disabled_at', 'is', null).execute()
    for (const r of rows) {
      if (!r.roles.split(',').some((x) => roles.includes(x))) continue
      out.set(r.org_id, [...(out.get(r.org_id) ?? []), r.id])
    }
  }
  return out
}

export async function recipientRatingOf(q: Q, requestId: string): Promise<RecipientRatingRow | null> {
  return (await q.selectFrom('assistance_recipient_rating').selectAll().where('request_id', '=', requestId).executeTakeFirst()) ?? null
}

export async function recipientRatingsOf(q: Q, requestIds: readonly string[]): Promise<RecipientRatingRow[]> {
  const out: RecipientRatingRow[] = []
  for (let i = 0; i < requestIds.length; i += 500) {
    out.push(...(await q.selectFrom('assistance_recipient_rating').selectAll().where('request_id', 'in', requestIds.slice(i, i + 500)).execute()))
  }
  return out
}

/** One rating per request by its recipient; a later one replaces it. */
export async function saveRecipientRating(q: Q, row: RecipientRatingRow): Promise<void> {
  await q.deleteFrom('assistance_recipient_rating').where('request_id', '=', row.request_id).execute()
  await q.insertInto('assistance_recipient_rating').values(row).execute()
}

/** Offers made to a nation's providers (null: to every provider), for the provider's view of metrics. */
export async function offersToNation(q: Q, nationId: string | null): Promise<OfferRow[]> {
  let query = q.selectFrom('assistance_offer').selectAll()
  if (nationId !== null) query = query.where('provider_nation', '=', nationId)
  return query.orderBy('sent_at').execute()
}

/** The category of each request. */
export async function categoriesOf(q: Q, requestIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const ids = [...new Set(requestIds)]
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of await q.selectFrom('assistance_request').select(['id', 'category']).where('id', 'in', ids.slice(i, i + 500)).execute()) out.set(r.id, r.category)
  }
  return out
}
