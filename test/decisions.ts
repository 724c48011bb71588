/** A world for joint-decision tests: three nations with their points of contact, an outsider, and a hub coordinator. */
import type { RequestBody } from '../src/client/hub-client'
import { members } from '../src/domain/members'
import { scopeVisibleTo } from '../src/tlp'
import { makeNation, makeUser, type TestHub } from './hub'

export type NewProposal = RequestBody<'/api/v1/decisions', 'post'>

export async function decisionWorld(t: TestHub) {
  const ee = await makeNation(t)
  const lv = await makeNation(t)
  const lt = await makeNation(t)
  const outsider = await makeNation(t)
  const hub = (await t.client().GET('/api/v1/orgs')).data!.find((o) => o.kind === 'hub')!
  const coordinator = await makeUser(t, hub.id, ['coordinator'])
  return { ee, lv, lt, outsider, hub, coordinator }
}

/** The decision events (types and proposal ids) a user may read, by the one rule, as the live feed's replay reads them. */
export async function decisionEventsSeenBy(t: TestHub, user: { id: string; orgId: string }): Promise<{ type: string; proposalId: string }[]> {
  const orgChain = await members.orgChainIds(t.store.db, user.orgId)
  const rows = await t.store.db
    .selectFrom('outbox_event')
    .select(['type', 'payload'])
    .where('type', 'like', 'decision.%')
    .where(scopeVisibleTo('outbox_event.marking_id', 'outbox_event.exercise_id', { viewer: { userId: user.id, orgId: user.orgId, orgChain }, exerciseId: null }))
    .orderBy('seq')
    .execute()
  return rows.map((r) => ({ type: r.type, proposalId: (JSON.parse(r.payload) as { proposalId: string }).proposalId }))
}
