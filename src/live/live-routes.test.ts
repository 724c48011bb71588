/**
 * The live feed over a real listening hub (WebSocket and SSE, in-process bus), on every dialect.
 * Each subscriber must receive exactly what the TLP rule lets it see, and the tests try hard to
 * make one see more: RED named to a colleague, AMBER+STRICT to a child, exercise traffic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emitEvent, emitEvents, type TestEvent } from '../../test/events'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../test/hub'
import { floodPausedSubscriber, openSse, openWs, subscribeWs, type TestWs } from '../../test/live-client'
import { setUpExercise } from '../../test/exercises'
import { DIALECTS } from '../../test/store'
import type { Marking } from '../tlp'

describe.each(DIALECTS)('live feed over WebSocket and SSE (%s)', (dialect) => {
  let t: TestHub
  let base: string
  let w: Awaited<ReturnType<typeof buildWorld>>

  async function buildWorld() {
    const ee = await makeNation(t)
    const lv = await makeNation(t)
    const pl = await makeNation(t)
    const cert = await makeOrg(t, { kind: 'cert', parentId: ee.org.id })
    const named = await makeUser(t, ee.org.id)
    const colleague = await makeUser(t, ee.org.id)
    const certUser = await makeUser(t, cert.id)
    const originator = await makeUser(t, lv.org.id)
    const plUser = await makeUser(t, pl.org.id)
    const hubAdmin = (await t.req('GET', '/api/v1/me')).json<{ user: { id: string } }>().user
    const m = (tlp: Marking['tlp'], extra: Partial<Marking> = {}): Marking => ({
      tlp,
      audienceOrgs: [],
      audienceUsers: [],
      originatorOrg: lv.org.id,
      originatorUser: originator.id,
      ...extra,
    })
    const events: TestEvent[] = [
      { type: 't.clear', marking: m('CLEAR') },
      { type: 't.green', marking: m('GREEN') },
      { type: 't.amber', marking: m('AMBER', { audienceOrgs: [ee.org.id] }) },
      { type: 't.strict', marking: m('AMBER+STRICT', { audienceOrgs: [ee.org.id] }) },
      { type: 't.red', marking: m('RED', { audienceUsers: [named.id] }) },
      { type: 't.red-cert', marking: m('RED', { audienceOrgs: [ee.org.id, cert.id] }) },
      { type: 't.exercise', marking: m('GREEN'), exerciseId: 'ex-1' },
    ]
    /** Who sees which of the events above, written out by hand from DESIGN.md's table. */
    const expected: Record<string, { token: string; types: string[] }> = {
      named: { token: named.token, types: ['t.clear', 't.green', 't.amber', 't.strict', 't.red'] },
      colleague: { token: colleague.token, types: ['t.clear', 't.green', 't.amber', 't.strict'] },
      eeAdmin: { token: ee.admin.token, types: ['t.clear', 't.green', 't.amber', 't.strict'] },
      certUser: { token: certUser.token, types: ['t.clear', 't.green', 't.amber'] },
      originator: { token: originator.token, types: ['t.clear', 't.green', 't.amber', 't.strict', 't.red', 't.red-cert'] },
      lvAdmin: { token: lv.admin.token, types: ['t.clear', 't.green', 't.amber', 't.strict'] },
      plUser: { token: plUser.token, types: ['t.clear', 't.green'] },
      hubAdmin: { token: t.adminToken, types: ['t.clear', 't.green'] },
    }
    return { ee, lv, pl, cert, named, colleague, certUser, originator, plUser, hubAdmin, m, events, expected }
  }

  beforeAll(async () => {
    t = await startTestHub(dialect, { live: { authTimeoutMs: 300 } })
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
    w = await buildWorld()
  })
  afterAll(() => t.close())

  const wsUrl = () => `${base.replace('http', 'ws')}/api/v1/live`
  const typesOf = (c: { events(): { type: string }[] }) => c.events().map((e) => e.type)
  const sentinel = (tag: string) => ({ type: 't.sentinel', marking: w.m('GREEN'), payload: { tag } })
  const sawSentinel = (tag: string) => (f: { event?: { type: string; payload: unknown } }) =>
    f.event?.type === 't.sentinel' && (f.event.payload as { tag: string }).tag === tag

  it('delivers to each subscriber exactly the events it may see, over WebSocket and SSE', async () => {
    const subs = Object.fromEntries(await Promise.all(Object.entries(w.expected).map(async ([who, e]) => [who, await subscribeWs(base, e.token)] as const)))
    const sses = Object.fromEntries(
      await Promise.all(Object.entries(w.expected).map(async ([who, e]) => [who, await openSse(base, e.token)] as const)),
    )
    await emitEvents(t.hub.deps, w.events)
    await emitEvent(t.hub.deps, sentinel('tlp'))
    for (const [who, e] of Object.entries(w.expected)) {
      await subs[who]!.waitFor(sawSentinel('tlp'))
      await sses[who]!.waitFor((ev) => ev.type === 't.sentinel')
      expect(typesOf(subs[who]!).filter((x) => x !== 't.sentinel'), `${who} over WebSocket`).toEqual(e.types)
      expect(sses[who]!.events().map((x) => x.event.type).filter((x) => x !== 't.sentinel'), `${who} over SSE`).toEqual(e.types)
      // The SSE id is the seq, for Last-Event-ID.
      for (const { id, event } of sses[who]!.events()) expect(id).toBe(String(event.seq))
    }
    Object.values(subs).forEach((c) => c.ws.close())
    Object.values(sses).forEach((s) => s.close())
  })

  it('refuses anonymous and bad credentials: 4001 on WebSocket, 401 on SSE', async () => {
    const silent = openWs(wsUrl())
    expect((await silent.closed).code).toBe(4001)
    const early = openWs(wsUrl())
    early.send({ type: 'subscribe', filter: {} })
    expect((await early.closed).code).toBe(4001)
    const badMessageToken = openWs(wsUrl())
    badMessageToken.send({ type: 'auth', token: 'sw_' + 'x'.repeat(43) })
    expect((await badMessageToken.closed).code).toBe(4001)
    const badHeader = openWs(wsUrl(), 'sw_' + 'y'.repeat(43))
    expect((await badHeader.closed).code).toBe(4001)
    expect((await openSse(base, null)).status).toBe(401)
    expect((await openSse(base, 'sw_' + 'z'.repeat(43))).status).toBe(401)
  })

  it('lets a browser authenticate with its first message', async () => {
    const c = openWs(wsUrl())
    c.send({ type: 'auth', token: w.named.token })
    await c.waitFor((f) => f.kind === 'authenticated')
    c.send({ type: 'subscribe', filter: { types: ['t.red'] } })
    await c.waitFor((f) => f.kind === 'subscribed')
    await emitEvent(t.hub.deps, { type: 't.red', marking: w.m('RED', { audienceUsers: [w.named.id] }) })
    await c.waitFor((f) => f.event?.type === 't.red')
    c.ws.close()
  })

  it('closes with 4000 on a bad message, and SSE answers 400 to a bad filter', async () => {
    for (const bad of ['not json', { type: 'subscribe', filter: { tlp: 'RED' } }, { type: 'subscribe', filter: { types: 'x' } }, { type: 'dance' }, { type: 'subscribe', lastSeq: -1 }]) {
      const c = openWs(wsUrl(), w.named.token)
      await c.waitFor((f) => f.kind === 'authenticated')
      c.send(bad)
      expect((await c.closed).code, JSON.stringify(bad)).toBe(4000)
    }
    const sse = await openSse(base, w.named.token, '?types=a%20b')
    expect(sse.status).toBe(400)
    expect((await openSse(base, w.named.token, '?colour=red')).status).toBe(400)
  })

  it('filters by type (exact and prefix), incident, request and exercise', async () => {
    const byType = await subscribeWs(base, w.named.token, { types: ['f.one', 'g.*'] })
    const byIncident = await subscribeWs(base, w.named.token, { incidentId: 'inc-1' })
    const byRequest = await subscribeWs(base, w.named.token, { requestId: 'req-1' })
    const ex9 = await setUpExercise(t, 'ex-9', [w.ee.country])
    const exercise = await subscribeWs(base, w.named.token, { exerciseId: ex9 })
    const sse = await openSse(base, w.named.token, '?types=g.*&incidentId=inc-1')
    const green = w.m('GREEN')
    await emitEvents(t.hub.deps, [
      { type: 'f.one', marking: green },
      { type: 'f.two', marking: green, subject: { incidentId: 'inc-1' } },
      { type: 'g.x', marking: green, subject: { incidentId: 'inc-1', requestId: 'req-1' } },
      { type: 'g.y', marking: green, subject: { incidentId: 'inc-2', requestId: 'req-1' } },
      { type: 'g.y', marking: green, exerciseId: ex9, subject: { incidentId: 'inc-1' } },
      { type: 'h.z', marking: w.m('RED', { audienceUsers: [w.colleague.id] }), exerciseId: ex9 },
    ])
    const last = (c: TestWs, n: number) => c.waitFor(() => c.events().length >= n)
    await Promise.all([last(byType, 3), last(byIncident, 2), last(byRequest, 2), last(exercise, 1)])
    // Anything wrongly let through would have come with or before the next event.
    await emitEvents(t.hub.deps, [sentinel('f'), { ...sentinel('f'), exerciseId: ex9 }])
    await exercise.waitFor(sawSentinel('f'))
    for (const c of [byType, byIncident, byRequest]) c.ws.close()
    expect(typesOf(byType)).toEqual(['f.one', 'g.x', 'g.y'])
    expect(typesOf(byIncident)).toEqual(['f.two', 'g.x'])
    expect(typesOf(byRequest)).toEqual(['g.x', 'g.y'])
    expect(typesOf(exercise)).toEqual(['g.y', 't.sentinel'])
    expect(exercise.events().every((e) => e.exerciseId === ex9)).toBe(true)
    await sse.waitFor((e) => e.type === 'g.x')
    expect(sse.events().map((e) => e.event.type)).toEqual(['g.x'])
    exercise.ws.close()
    sse.close()
    // A member that takes no part cannot watch it, over either framing: to it, there is no such exercise.
    const outsider = openWs(wsUrl(), w.plUser.token)
    await outsider.waitFor((f) => f.kind === 'authenticated')
    outsider.send({ type: 'subscribe', filter: { exerciseId: ex9 } })
    expect((await outsider.closed).code).toBe(4000)
    expect((await openSse(base, w.plUser.token, `?exerciseId=${ex9}`)).status).toBe(404)
  })

  it('resumes from lastSeq after a reconnect with no gap and no repeat, while events keep coming', async () => {
    const first = await subscribeWs(base, w.colleague.token, { types: ['r.*'] })
    const amber = w.m('AMBER', { audienceOrgs: [w.ee.org.id] })
    const hidden = w.m('RED', { audienceUsers: [w.named.id] })
    for (let i = 0; i < 5; i++) await emitEvent(t.hub.deps, { type: 'r.tick', marking: amber, payload: { i } })
    await first.waitFor((f) => (f.event?.payload as { i?: number } | undefined)?.i === 4)
    const lastSeq = first.events().at(-1)!.seq
    first.ws.close()
    await first.closed
    // Missed while away: visible ones, hidden ones, and one for another filter.
    for (let i = 5; i < 30; i++) await emitEvent(t.hub.deps, { type: i % 3 === 0 ? 'r.secret' : 'r.tick', marking: i % 3 === 0 ? hidden : amber, payload: { i } })
    await emitEvent(t.hub.deps, { type: 'other', marking: amber, payload: { i: -1 } })
    // Reconnect and keep writing while the replay runs.
    const writing = (async () => {
      for (let i = 30; i < 60; i++) await emitEvent(t.hub.deps, { type: 'r.tick', marking: amber, payload: { i } })
    })()
    const second = await subscribeWs(base, w.colleague.token, { types: ['r.*'] }, lastSeq)
    await writing
    await second.waitFor((f) => (f.event?.payload as { i?: number } | undefined)?.i === 59)
    const got = second.events().map((e) => (e.payload as { i: number }).i)
    const want = Array.from({ length: 55 }, (_, k) => k + 5).filter((i) => i >= 30 || i % 3 !== 0)
    expect(got).toEqual(want)
    const seqs = second.events().map((e) => e.seq)
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    second.ws.close()

    // SSE resumes from Last-Event-ID the same way.
    const sse = await openSse(base, w.colleague.token, '?types=r.*', lastSeq)
    await sse.waitFor((e) => (e.payload as { i: number }).i === 59)
    expect(sse.events().map((e) => (e.event.payload as { i: number }).i)).toEqual(want)
    sse.close()
  })

  it('never delivers an event twice when the bus or the relay repeats it', async () => {
    const c = await subscribeWs(base, w.named.token, { types: ['d.*'] })
    const [ev] = await emitEvents(t.hub.deps, [{ type: 'd.once', marking: w.m('GREEN') }])
    await c.waitFor((f) => f.event?.id === ev!.id)
    const full = c.events().find((e) => e.id === ev!.id)!
    await t.hub.bus.publish([full, full])
    await emitEvent(t.hub.deps, { type: 'd.after', marking: w.m('GREEN') })
    await c.waitFor((f) => f.event?.type === 'd.after')
    expect(typesOf(c)).toEqual(['d.once', 'd.after'])
    c.ws.close()
  })

  it('publishes, through the relay, an event whose publisher died between commit and publish', async () => {
    const c = await subscribeWs(base, w.named.token, { types: ['lost.*'] })
    const deps = { ...t.hub.deps, events: { publish: async () => {} } }
    await emitEvent(deps, { type: 'lost.one', marking: w.m('GREEN') })
    expect(await t.hub.relay.runOnce()).toBe(0)
    t.clock.advance(10_000)
    expect(await t.hub.relay.runOnce()).toBe(1)
    await c.waitFor((f) => f.event?.type === 'lost.one')
    expect(await t.hub.relay.runOnce()).toBe(0)
    c.ws.close()
  })
})

describe('a slow live-feed client', () => {
  let t: TestHub
  let base: string
  beforeAll(async () => {
    t = await startTestHub('sqlite', { live: { maxBuffered: 256 * 1024 } })
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(() => t.close())

  it('is closed with 4008 once its buffer passes the bound, while a reading client keeps up', async () => {
    const nation = await makeNation(t)
    const slow: TestWs = await subscribeWs(base, nation.admin.token)
    const reader = await subscribeWs(base, nation.admin.token)
    await floodPausedSubscriber(slow, (events) => emitEvents(t.hub.deps, events), { orgId: nation.org.id, userId: nation.admin.id })
    await reader.waitFor((f) => (f.event?.payload as { i?: number } | undefined)?.i === 999, 15_000)
    expect((await slow.closed).code).toBe(4008)
    expect(reader.ws.readyState).toBe(reader.ws.OPEN)
    reader.ws.close()
  })
})
