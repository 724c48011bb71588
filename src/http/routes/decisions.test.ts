/**
 * Joint decisions over REST on both databases: a proposal put to nations, answered, decided at its
 * deadline by the hub's deadline runner (clock injected), its record as JSON and as a page; the
 * deadline's boundary to the millisecond; a new round after a silence break; and what those who
 * were not asked can see: nothing (not the proposal, not its events, not its record).
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decisionEventsSeenBy, decisionWorld, type NewProposal } from '../../../test/decisions'
import { bodyText, makeUser, problemOf, startTestHub, type TestHub } from '../../../test/hub'
import { setUpExercise } from '../../../test/exercises'
import { countRows, DIALECTS } from '../../../test/store'

describe.each(DIALECTS)('joint decisions over REST (%s)', (dialect) => {
  let t: TestHub
  let w: Awaited<ReturnType<typeof decisionWorld>>
  beforeAll(async () => {
    t = await startTestHub(dialect)
    w = await decisionWorld(t)
  })
  afterAll(() => t.close())

  const inMs = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString()
  const proposal = (over: Partial<NewProposal> = {}): NewProposal => ({
    kind: 'attribution',
    title: 'Joint attribution of the substation wiper',
    text: 'The Allies attribute the wiper at substation 7 to APT-X.',
    addressees: [w.ee.org.id, w.lv.org.id, w.lt.org.id],
    procedure: 'silence',
    deadline: inMs(3_600_000),
    ...over,
  })
  const propose = async (token: string, over: Partial<NewProposal> = {}) => {
    const res = await t.client(token).POST('/api/v1/decisions', { body: proposal(over) })
    expect(res.response.status, bodyText(res)).toBe(201)
    return res.data!
  }
  const answer = (token: string, id: string, body: { answer: 'concur' | 'object' | 'abstain' | 'break_silence'; reason?: string; amendedText?: string; round?: number }) =>
    t.client(token).POST('/api/v1/decisions/{id}/answers', { params: { path: { id } }, body })
  const get = (token: string, id: string) => t.client(token).GET('/api/v1/decisions/{id}', { params: { path: { id } } })
  const atDeadline = async (deadline: string, plusMs = 0) => {
    t.clock.set(new Date(Date.parse(deadline) + plusMs))
    await t.hub.jobs.runDue()
  }

  it('puts a text to nations under the silence procedure and adopts it at the deadline, with its full record', async () => {
    const p = await propose(w.ee.admin.token)
    expect(p).toMatchObject({ state: 'open', round: 1, outcome: null, tlp: 'AMBER', mayAnswer: true, addresseesHidden: false })
    expect(p.addressees.map((a) => a.orgId).sort()).toEqual([w.ee.org.id, w.lv.org.id, w.lt.org.id].sort())
    const concur = await answer(w.lv.admin.token, p.id, { answer: 'concur' })
    expect(concur.response.status, bodyText(concur)).toBe(200)
    // Answers are open by default: another addressee sees it before the deadline.
    expect((await get(w.lt.admin.token, p.id)).data!.answers.map((a) => [a.addressee, a.userId, a.userName, a.answer])).toEqual([[w.lv.org.id, w.lv.admin.id, 'Test user', 'concur']])
    await atDeadline(p.deadlineAt)
    const decided = (await get(w.lt.admin.token, p.id)).data!
    expect(decided).toMatchObject({ state: 'decided', outcome: 'adopted', mayAnswer: false })
    expect(decided.tally).toMatchObject({ addressees: 3, concur: 1, unanswered: 2 })
    expect(decided.rounds).toEqual([expect.objectContaining({ round: 1, outcome: 'adopted', text: proposal().text })])
    const page = await t.req('GET', `/api/v1/decisions/${p.id}/record.html`, { token: w.lt.admin.token })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.body).toContain('APT-X')
    expect(page.body).toContain('adopted')
    const audit = await t.store.db.selectFrom('audit_log').select(['action', 'detail']).where('subject', '=', p.id).orderBy('seq').execute()
    expect(audit.map((a) => a.action)).toEqual(['decision.propose', 'decision.answer', 'decision.decide'])
    // The chain attests the words adopted: the decision's entry carries the adopted text's hash.
    const adopted = createHash('sha256').update(proposal().text).digest('hex')
    expect(audit.map((a) => (JSON.parse(a.detail) as { textSha256?: string }).textSha256)).toEqual([adopted, undefined, adopted])
    // Deciding again (a second runner, a replay) changes nothing: one outcome, one event.
    await atDeadline(p.deadlineAt, 10)
    const decidedEvents = (await decisionEventsSeenBy(t, w.lv.admin)).filter((e) => e.proposalId === p.id && e.type === 'decision.decided')
    expect(decidedEvents).toHaveLength(1)
  })

  it('counts an answer 1 ms before the deadline, refuses one at the deadline, and a silence break on the last millisecond stops adoption', async () => {
    const p = await propose(w.ee.admin.token)
    t.clock.set(new Date(Date.parse(p.deadlineAt) - 1))
    const last = await answer(w.lt.admin.token, p.id, { answer: 'break_silence', reason: 'Attribution is premature', amendedText: 'The Allies condemn the wiper.' })
    expect(last.response.status, bodyText(last)).toBe(200)
    t.clock.set(new Date(Date.parse(p.deadlineAt)))
    const late = await answer(w.lv.admin.token, p.id, { answer: 'concur' })
    expect(problemOf(late)).toMatchObject({ status: 409, code: 'decision_closed' })
    await t.hub.jobs.runDue()
    const after = (await get(w.ee.admin.token, p.id)).data!
    expect(after).toMatchObject({ state: 'silence_broken', outcome: 'silence_broken' })
    expect(after.answers.map((a) => a.answer)).toEqual(['break_silence'])

    // The proposer issues the amended text as round 2; silence holds this time.
    const again = await t.client(w.ee.admin.token).POST('/api/v1/decisions/{id}/reissue', { params: { path: { id: p.id } }, body: { text: 'The Allies condemn the wiper.', deadline: inMs(3_600_000) } })
    expect(again.response.status, bodyText(again)).toBe(200)
    expect(again.data).toMatchObject({ state: 'open', round: 2, text: 'The Allies condemn the wiper.' })
    const stale = await answer(w.lv.admin.token, p.id, { answer: 'concur', round: 1 })
    expect(problemOf(stale)).toMatchObject({ status: 409, code: 'decision_stale_round' })
    await atDeadline(again.data!.deadlineAt)
    const final = (await get(w.lv.admin.token, p.id)).data!
    expect(final).toMatchObject({ state: 'decided', outcome: 'adopted', round: 2 })
    expect(final.rounds.map((r) => [r.round, r.outcome])).toEqual([[1, 'silence_broken'], [2, 'adopted']])
    const types = (await decisionEventsSeenBy(t, w.lv.admin)).filter((e) => e.proposalId === p.id).map((e) => e.type)
    expect(types).toEqual(['decision.proposed', 'decision.answered', 'decision.silence_broken', 'decision.decided', 'decision.reissued', 'decision.decided'])
  })

  it('blocks a consensus on one objection, and decides a majority by its quorum and threshold', async () => {
    const c = await propose(w.ee.admin.token, { kind: 'collective_response', procedure: 'consensus' })
    for (const [token, a] of [[w.ee.admin.token, 'concur'], [w.lv.admin.token, 'abstain'], [w.lt.admin.token, 'object']] as const) {
      const res = await answer(token, c.id, a === 'object' ? { answer: a, reason: 'Not proportionate' } : { answer: a })
      expect(res.response.status, bodyText(res)).toBe(200)
    }
    // Silence is not broken under consensus, and an objection needs its reason.
    expect(problemOf(await answer(w.lt.admin.token, c.id, { answer: 'break_silence', reason: 'x' }))).toMatchObject({ status: 422, code: 'decision_answer' })
    expect(problemOf(await answer(w.lt.admin.token, c.id, { answer: 'object' }))).toMatchObject({ status: 422, code: 'decision_answer' })
    await atDeadline(c.deadlineAt)
    expect((await get(w.ee.admin.token, c.id)).data).toMatchObject({ outcome: 'rejected' })

    const m = await propose(w.ee.admin.token, { kind: 'consultation', procedure: 'majority', majority: { quorum: 2, thresholdNum: 2, thresholdDen: 3 } })
    await answer(w.ee.admin.token, m.id, { answer: 'concur' })
    await answer(w.lv.admin.token, m.id, { answer: 'object', reason: 'No' })
    // Last answer counts: LV changes its mind.
    await answer(w.lv.admin.token, m.id, { answer: 'concur' })
    await atDeadline(m.deadlineAt)
    const decided = (await get(w.ee.admin.token, m.id)).data!
    expect(decided).toMatchObject({ outcome: 'adopted', tally: { concur: 2, object: 0, unanswered: 1 } })
    expect(decided.answers.map((a) => a.answer)).toEqual(['concur', 'object', 'concur'])
  })

  it('keeps answers closed until the deadline when the proposal says so', async () => {
    const p = await propose(w.ee.admin.token, { procedure: 'consensus', answersOpen: false })
    await answer(w.lv.admin.token, p.id, { answer: 'concur' })
    const before = (await get(w.lt.admin.token, p.id)).data!
    expect(before.answers).toEqual([])
    expect(before.tally).toBeNull()
    expect((await get(w.lv.admin.token, p.id)).data!.answers).toHaveLength(1)
    await atDeadline(p.deadlineAt)
    expect((await get(w.lt.admin.token, p.id)).data!.answers).toHaveLength(1)
  })

  it('refuses bad proposals and writes nothing', async () => {
    const before = await countRows(t.store, 'decision_proposal')
    const cases: [Partial<NewProposal>, string][] = [
      [{ deadline: inMs(-1) }, 'decision_deadline_past'],
      [{ procedure: 'majority' }, 'decision_majority_rule'],
      [{ procedure: 'majority', majority: { quorum: 4, thresholdNum: 1, thresholdDen: 2 } }, 'decision_majority_rule'],
      [{ addressees: [] }, 'decision_addressees'],
      [{ addressees: ['No such org'] }, 'unknown_org'],
      [{ kind: 'deploy_team' }, 'decision_params'],
      [{ subjectKind: 'incident', subjectIds: ['00000000-0000-4000-8000-000000000000'] }, 'decision_subject'],
    ]
    for (const [over, code] of cases) {
      expect(problemOf(await t.client(w.ee.admin.token).POST('/api/v1/decisions', { body: proposal(over) })), code).toMatchObject({ code })
    }
    // An analyst does not propose; a coordinator does.
    const analyst = await makeUser(t, w.ee.org.id, ['analyst'])
    expect(problemOf(await t.client(analyst.token).POST('/api/v1/decisions', { body: proposal() }))).toMatchObject({ status: 403, code: 'forbidden' })
    expect(await countRows(t.store, 'decision_proposal')).toBe(before)
  })

  it('shows those not asked neither the proposal, nor its events, nor its record; the withdrawn stays withdrawn', async () => {
    const p = await propose(w.coordinator.token, { addressees: [w.ee.org.id, w.lv.org.id] })
    expect(problemOf(await get(w.lt.admin.token, p.id))).toMatchObject({ status: 404 })
    expect(problemOf(await get(w.outsider.admin.token, p.id))).toMatchObject({ status: 404 })
    expect((await t.client(w.lt.admin.token).GET('/api/v1/decisions', { params: { query: { limit: 1000 } } })).data!.map((d) => d.id)).not.toContain(p.id)
    expect((await t.req('GET', `/api/v1/decisions/${p.id}/record.html`, { token: w.lt.admin.token })).statusCode).toBe(404)
    expect(problemOf(await answer(w.lt.admin.token, p.id, { answer: 'concur' }))).toMatchObject({ status: 404 })
    await answer(w.ee.admin.token, p.id, { answer: 'concur' })
    const withdrawn = await t.client(w.coordinator.token).POST('/api/v1/decisions/{id}/withdraw', { params: { path: { id: p.id } }, body: { reason: 'overtaken by events' } })
    expect(withdrawn.response.status, bodyText(withdrawn)).toBe(200)
    expect(withdrawn.data).toMatchObject({ state: 'withdrawn' })
    expect(problemOf(await answer(w.lv.admin.token, p.id, { answer: 'concur' }))).toMatchObject({ status: 409, code: 'decision_closed' })
    await atDeadline(p.deadlineAt)
    expect((await get(w.ee.admin.token, p.id)).data).toMatchObject({ state: 'withdrawn', outcome: null })
    for (const who of [w.lt.admin, w.outsider.admin]) expect((await decisionEventsSeenBy(t, who)).filter((e) => e.proposalId === p.id)).toEqual([])
    expect((await decisionEventsSeenBy(t, w.ee.admin)).filter((e) => e.proposalId === p.id).map((e) => e.type)).toEqual(['decision.proposed', 'decision.answered', 'decision.withdrawn'])
  })

  it('walls a proposal into its exercise', async () => {
    const exerciseId = await setUpExercise(t, 'decisions drill', [w.ee.country, w.lv.country, w.lt.country])
    const exercise = { 'shieldwall-exercise': exerciseId }
    const res = await t.req('POST', '/api/v1/decisions', { token: w.ee.admin.token, headers: exercise, body: proposal() })
    expect(res.statusCode, res.body).toBe(201)
    const id = res.json<{ id: string; exerciseId: string }>().id
    expect(res.json<{ exerciseId: string }>().exerciseId).toBe(exerciseId)
    expect((await t.req('GET', `/api/v1/decisions/${id}`, { token: w.lv.admin.token })).statusCode).toBe(404)
    expect((await t.req('GET', `/api/v1/decisions/${id}`, { token: w.lv.admin.token, headers: exercise })).statusCode).toBe(200)
  })
})
