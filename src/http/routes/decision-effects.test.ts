/**
 * What adopted decisions do, and the consent they need, over REST on both databases:
 * - widening a marking: a helper cannot read the originator's intel before the widening is
 *   adopted, can from the decision on, and never when the originator objected (not even outvoted);
 * - disclosing a hidden correlation: the holders learn who the other is only once both consented,
 *   and nothing they see before names the other;
 * - deploying a team: the adopted decision drafts the request for help.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decisionWorld, type NewProposal } from '../../../test/decisions'
import { bodyText, makeUser, problemOf, rawBody, startTestHub, type TestHub } from '../../../test/hub'
import { wiperIncident } from '../../../test/incidents'
import { DIALECTS } from '../../../test/store'
import { members } from '../../domain/members'
import { scopeVisibleTo } from '../../tlp'

let seq = 0
const indicator = (ip: string) => ({
  type: 'indicator', spec_version: '2.1', id: `indicator--d0c15100-0000-4000-8000-${String(++seq).padStart(12, '0')}`, created: '2026-02-01T00:00:00.000Z',
  modified: '2026-02-01T00:00:00.000Z', pattern: `[ipv4-addr:value = '${ip}']`, pattern_type: 'stix', valid_from: '2026-02-01T00:00:00Z',
})
const bundle = (objects: object[]) => JSON.stringify({ type: 'bundle', id: 'bundle--d0c15100-0000-4000-8000-000000000000', objects })

describe.each(DIALECTS)('what adopted decisions do (%s)', (dialect) => {
  let t: TestHub
  let w: Awaited<ReturnType<typeof decisionWorld>>
  beforeAll(async () => {
    t = await startTestHub(dialect)
    w = await decisionWorld(t)
  })
  afterAll(() => t.close())

  const inMs = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString()
  const propose = async (token: string, body: Partial<NewProposal> & Pick<NewProposal, 'kind' | 'procedure'>) => {
    const res = await t.client(token).POST('/api/v1/decisions', { body: { title: 'A decision', text: 'The text', deadline: inMs(3_600_000), ...body } })
    expect(res.response.status, bodyText(res)).toBe(201)
    return res.data!
  }
  const answer = async (token: string, id: string, a: 'concur' | 'object', reason?: string) => {
    const res = await t.client(token).POST('/api/v1/decisions/{id}/answers', { params: { path: { id } }, body: { answer: a, ...(reason ? { reason } : {}) } })
    expect(res.response.status, bodyText(res)).toBe(200)
    return res.data!
  }
  const get = (token: string, id: string) => t.client(token).GET('/api/v1/decisions/{id}', { params: { path: { id } } })
  const decideAt = async (deadline: string) => {
    t.clock.set(deadline)
    await t.hub.jobs.runDue()
  }
  const upload = async (token: string, ip: string, query: { tlp: 'AMBER+STRICT' | 'AMBER' }) => {
    const o = indicator(ip)
    const res = await t.client(token).POST('/api/v1/intel/bundles', { params: { query }, ...rawBody(bundle([o])) })
    expect(res.response.status, bodyText(res)).toBe(200)
    return o.id
  }
  const readable = async (token: string, id: string) => (await t.client(token).GET('/api/v1/intel/objects/{id}', { params: { path: { id } } })).response.status

  it('a helper reads the originator’s intel only once the widening is adopted', async () => {
    const id = await upload(w.ee.admin.token, '198.51.100.7', { tlp: 'AMBER+STRICT' })
    const helper = await makeUser(t, w.lv.org.id, ['analyst'])
    expect(await readable(helper.token, id)).toBe(404)
    const p = await propose(w.ee.admin.token, {
      kind: 'widen_marking', procedure: 'consensus', subjectKind: 'intel', subjectIds: [id], addressees: [w.lv.org.id], widen: { tlp: 'AMBER', addOrgs: [w.lv.org.id] },
    })
    // The originator is asked, whether named or not: its consent is what the widening needs.
    expect(p.addressees.map((a) => a.orgId).sort()).toEqual([w.ee.org.id, w.lv.org.id].sort())
    await answer(w.ee.admin.token, p.id, 'concur')
    await answer(w.lv.admin.token, p.id, 'concur')
    t.clock.set(p.deadlineAt)
    // The deadline has come but the hub has not decided yet: still hidden.
    expect(await readable(helper.token, id)).toBe(404)
    await t.hub.jobs.runDue()
    expect((await get(w.ee.admin.token, p.id)).data).toMatchObject({ outcome: 'adopted', effects: [expect.objectContaining({ kind: 'marking_widened' })] })
    expect(await readable(helper.token, id)).toBe(200)
    // Still nobody else's.
    expect(await readable(w.lt.admin.token, id)).toBe(404)
  })

  it('never widens when the originator objected, even when the others outvote it', async () => {
    const id = await upload(w.ee.admin.token, '198.51.100.8', { tlp: 'AMBER+STRICT' })
    const p = await propose(w.ee.admin.token, {
      kind: 'widen_marking', procedure: 'majority', majority: { quorum: 2, thresholdNum: 1, thresholdDen: 2 },
      subjectKind: 'intel', subjectIds: [id], addressees: [w.lv.org.id, w.lt.org.id], widen: { tlp: 'AMBER', addOrgs: [w.lv.org.id, w.lt.org.id] },
    })
    await answer(w.ee.admin.token, p.id, 'object', 'Our source would be exposed')
    await answer(w.lv.admin.token, p.id, 'concur')
    await answer(w.lt.admin.token, p.id, 'concur')
    await decideAt(p.deadlineAt)
    expect((await get(w.lv.admin.token, p.id)).data).toMatchObject({ outcome: 'rejected', effects: [], tally: { concur: 2, object: 1 } })
    expect(await readable(w.lv.admin.token, id)).toBe(404)
    expect(await readable(w.lt.admin.token, id)).toBe(404)
    // Intel the proposer cannot see cannot be the subject of a widening (hidden is missing).
    expect(problemOf(await t.client(w.lv.admin.token).POST('/api/v1/decisions', {
      body: { kind: 'widen_marking', procedure: 'silence', title: 'x', text: 'x', deadline: inMs(60_000), subjectKind: 'intel', subjectIds: [id], addressees: [w.lt.org.id], widen: { tlp: 'GREEN', addOrgs: [] } },
    }))).toMatchObject({ status: 422, code: 'decision_subject' })
  })

  /** The correlation events one organization's people may read (by the one rule). */
  const correlationsOf = async (user: { id: string; orgId: string }) => {
    const orgChain = await members.orgChainIds(t.store.db, user.orgId)
    const rows = await t.store.db.selectFrom('outbox_event').select(['type', 'payload']).where('type', 'in', ['intel.correlation', 'decision.correlation_disclosed'])
      .where(scopeVisibleTo('outbox_event.marking_id', 'outbox_event.exercise_id', { viewer: { userId: user.id, orgId: user.orgId, orgChain }, exerciseId: null })).orderBy('seq').execute()
    return rows.map((r) => ({ type: r.type, payload: JSON.parse(r.payload) as Record<string, unknown> }))
  }
  const everythingSeenBy = async (token: string, user: { id: string; orgId: string }, proposalId: string) =>
    JSON.stringify([(await get(token, proposalId)).data, await correlationsOf(user), (await t.req('GET', `/api/v1/decisions/${proposalId}/record.html`, { token })).body])

  it('discloses a hidden correlation’s holders to each other only after both consented', async () => {
    await upload(w.ee.admin.token, '45.77.12.50', { tlp: 'AMBER+STRICT' })
    await upload(w.lv.admin.token, '45.77.12.50', { tlp: 'AMBER+STRICT' })
    const lvAlert = (await correlationsOf(w.lv.admin)).find((e) => e.type === 'intel.correlation' && e.payload.key === 'ipv4:45.77.12.50')!
    expect(lvAlert.payload).toMatchObject({ hiddenMatch: true, matches: [] })
    const correlationId = String(lvAlert.payload.correlationId)
    // An outsider cannot ask about it (to it the correlation does not exist); a holder can, and so can the hub's coordinators.
    expect(problemOf(await t.client(w.lt.admin.token).POST('/api/v1/decisions', {
      body: { kind: 'disclose_correlation', procedure: 'consensus', title: 'x', text: 'x', deadline: inMs(60_000), subjectKind: 'correlation', subjectIds: [correlationId] },
    }))).toMatchObject({ code: 'decision_subject' })
    const p = await propose(w.lv.admin.token, { kind: 'disclose_correlation', procedure: 'consensus', title: 'Who else holds 45.77.12.50?', subjectKind: 'correlation', subjectIds: [correlationId] })
    expect(p).toMatchObject({ addresseesHidden: true, addressees: [{ orgId: w.lv.org.id }] })
    // EE is asked, without learning that LV asked.
    const eeView = (await get(w.ee.admin.token, p.id)).data!
    expect(eeView).toMatchObject({ addresseesHidden: true, addressees: [{ orgId: w.ee.org.id }], proposer: null, mayAnswer: true })
    await answer(w.lv.admin.token, p.id, 'concur')
    expect(await everythingSeenBy(w.ee.admin.token, w.ee.admin, p.id)).not.toContain(w.lv.org.id)
    expect(await everythingSeenBy(w.lv.admin.token, w.lv.admin, p.id)).not.toContain(w.ee.org.id)
    await answer(w.ee.admin.token, p.id, 'concur')
    expect(await everythingSeenBy(w.lv.admin.token, w.lv.admin, p.id)).not.toContain(w.ee.org.id)
    await decideAt(p.deadlineAt)
    const toLv = (await correlationsOf(w.lv.admin)).filter((e) => e.type === 'decision.correlation_disclosed')
    expect(toLv.map((e) => e.payload)).toEqual([{ proposalId: p.id, correlationId, holders: [{ orgId: w.ee.org.id, name: w.ee.org.name }] }])
    const toEe = (await correlationsOf(w.ee.admin)).filter((e) => e.type === 'decision.correlation_disclosed')
    expect(toEe.map((e) => e.payload)).toEqual([{ proposalId: p.id, correlationId, holders: [{ orgId: w.lv.org.id, name: w.lv.org.name }] }])
    expect((await get(w.ee.admin.token, p.id)).data).toMatchObject({ outcome: 'adopted', addresseesHidden: false })
    // Nobody else learns of it.
    expect((await correlationsOf(w.lt.admin)).filter((e) => e.type === 'decision.correlation_disclosed')).toEqual([])
  })

  it('keeps the holders apart when one of them withholds consent', async () => {
    await upload(w.ee.admin.token, '45.77.12.60', { tlp: 'AMBER+STRICT' })
    await upload(w.lt.admin.token, '45.77.12.60', { tlp: 'AMBER+STRICT' })
    const alert = (await correlationsOf(w.ee.admin)).find((e) => e.type === 'intel.correlation' && e.payload.key === 'ipv4:45.77.12.60')!
    const p = await propose(w.coordinator.token, { kind: 'disclose_correlation', procedure: 'silence', subjectKind: 'correlation', subjectIds: [String(alert.payload.correlationId)] })
    expect(p).toMatchObject({ addresseesHidden: true, addressees: [] })
    await t.client(w.lt.admin.token).POST('/api/v1/decisions/{id}/answers', { params: { path: { id: p.id } }, body: { answer: 'break_silence', reason: 'Not now' } })
    await decideAt(p.deadlineAt)
    expect((await get(w.ee.admin.token, p.id)).data).toMatchObject({ outcome: 'silence_broken', addresseesHidden: true, answers: [] })
    expect(await everythingSeenBy(w.ee.admin.token, w.ee.admin, p.id)).not.toContain(w.lt.org.id)
    expect(await everythingSeenBy(w.lt.admin.token, w.lt.admin, p.id)).not.toContain(w.ee.org.id)
  })

  it('an adopted deployment drafts the request for help on the incident', async () => {
    const inc = await t.client(w.ee.admin.token).POST('/api/v1/incidents', { body: wiperIncident({ tlp: 'AMBER', audienceOrgs: [w.ee.org.id] }) })
    expect(inc.response.status, bodyText(inc)).toBe(201)
    const p = await propose(w.ee.admin.token, {
      kind: 'deploy_team', procedure: 'silence', text: 'Deploy a forensics team to the substation', subjectKind: 'incident', subjectIds: [inc.data!.id], addressees: [w.lv.org.id, w.lt.org.id],
      deployment: { category: 'digital-forensics', urgency: 'high', needed: 2, languages: ['en'], delivery: 'on_site' },
    })
    const before = (await t.client(w.ee.admin.token).GET('/api/v1/assistance/requests', { params: { query: { limit: 1000 } } })).data!.length
    await decideAt(p.deadlineAt)
    const decided = (await get(w.ee.admin.token, p.id)).data!
    expect(decided.effects).toEqual([expect.objectContaining({ kind: 'assistance_requested' })])
    const requests = (await t.client(w.ee.admin.token).GET('/api/v1/assistance/requests', { params: { query: { limit: 1000 } } })).data!
    expect(requests).toHaveLength(before + 1)
    const created = requests.find((r) => r.id === decided.effects[0]!.detail.requestId)!
    expect(created).toMatchObject({ incidentId: inc.data!.id, category: 'digital-forensics', needed: 2, state: 'requested', sanitizedSummary: 'Deploy a forensics team to the substation' })
  })
})
