/**
 * The inject runner on an injected clock: each inject released exactly once and on time in
 * scenario time, through pause, resume and a jump, across a restart of the hub, and (PostgreSQL)
 * with two hubs racing for the same deadlines. The injects act in the exercise's world only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ManualClock } from '../../core/clock'
import { createLogger } from '../../core/logger'
import { loadConfig } from '../../config'
import { createHub, type Hub } from '../../hub'
import { openStore, type Store } from '../../store/db'
import { makeController } from '../../../test/exercises'
import { makeNation, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS, openTestStore, PG_URL, type TestStore } from '../../../test/store'
import { exercises } from './index'
import { members, type Actor } from '../members'

const START = '2026-04-14T08:00:00.000Z'
const SPEED = 60 // one scenario minute per wall second

const incident = {
  title: 'Wiper at a transmission operator', summary: 'Disks wiped', sectors: ['energy-electricity'], rsitClass: 'malicious-code', rsitType: 'infected-system', severity: 4,
}
const scenarioOf = (a: string, b: string) => ({
  name: 'Runner drill',
  start: START,
  events: [
    { serial: 'S0', offset: 'H+00:00', type: 'information', from: 'EXCON', to: [], channel: 'message', content: { text: 'STARTEX' } },
    { serial: 'S1', offset: 'H+00:30', type: 'inject', from: a, to: [b], channel: 'incident-report', content: incident },
    { serial: 'S2', offset: 'H+01:00', type: 'inject', from: a, to: [b], channel: 'message', content: { text: 'Help us' } },
    { serial: 'S3', offset: 'H+02:00', type: 'inject', from: b, to: [a], channel: 'message', content: { text: 'On our way' } },
    { serial: 'S4', offset: 'H+03:00', type: 'information', from: 'EXCON', to: [], channel: 'message', content: { text: 'ENDEX' } },
  ],
})

interface Inject {
  serial: string
  state: string
  dueScenario: string
  releasedScenario: string | null
  lateSeconds: number | null
  outcome: Record<string, unknown> | null
}

const releases = async (db: Store['db'], exerciseId: string): Promise<string[]> => {
  const rows = await db.selectFrom('audit_log').select(['subject', 'detail']).where('action', '=', 'exercise.inject.release').execute()
  const ids = new Set((await db.selectFrom('exercise_inject').select('id').where('exercise_id', '=', exerciseId).execute()).map((r) => r.id))
  return rows.filter((r) => ids.has(r.subject)).map((r) => r.subject)
}

describe.each(DIALECTS)('the inject runner on an injected clock (%s)', (dialect) => {
  let t: TestHub
  let id: string
  let ctl: { id: string; token: string }
  let nations: Awaited<ReturnType<typeof makeNation>>[]
  const injects = async (): Promise<Map<string, Inject>> => {
    const r = await t.req('GET', `/api/v1/exercises/${id}/injects`, { token: ctl.token })
    expect(r.statusCode, r.body).toBe(200)
    return new Map(r.json<Inject[]>().map((i) => [i.serial, i]))
  }
  const post = async (path: string, body: unknown = {}) => {
    const r = await t.req('POST', `/api/v1/exercises/${id}/${path}`, { token: ctl.token, body })
    expect(r.statusCode, r.body).toBe(200)
    return r.json<{ state: string; scenarioTime: string }>()
  }
  const released = async () => [...(await injects()).values()].filter((i) => i.state === 'released').map((i) => i.serial)

  beforeAll(async () => {
    t = await startTestHub(dialect)
    nations = [await makeNation(t), await makeNation(t)]
    ctl = await makeController(t)
    const res = await t.req('POST', '/api/v1/exercises', {
      body: { name: 'Runner drill', participants: nations.map((n) => ({ org: n.country })), controllers: [ctl.id], scenario: scenarioOf(nations[0]!.country, nations[1]!.country), speed: SPEED },
    })
    expect(res.statusCode, res.body).toBe(201)
    id = res.json<{ id: string }>().id
  })
  afterAll(() => t.close())

  it('releases each inject once, on time in scenario time, through pause, resume and a jump', async () => {
    expect((await post('start')).state).toBe('running')
    expect(await released()).toEqual(['S0']) // due at the start: released as the clock starts
    t.clock.advance(29_000)
    await t.hub.jobs.runDue()
    expect(await released()).toEqual(['S0'])
    t.clock.advance(1_000)
    await t.hub.jobs.runDue()
    const s1 = (await injects()).get('S1')!
    expect(s1).toMatchObject({ state: 'released', releasedScenario: '2026-04-14T08:30:00.000Z', lateSeconds: 0 })
    // It acted in the exercise's world: the incident is there, and not in the real one.
    const incidentId = s1.outcome!.incidentId as string
    const inWorld = await t.req('GET', `/api/v1/incidents/${incidentId}`, { token: nations[1]!.admin.token, headers: { 'shieldwall-exercise': id } })
    expect(inWorld.statusCode, inWorld.body).toBe(200)
    expect((await t.req('GET', `/api/v1/incidents/${incidentId}`, { token: nations[1]!.admin.token })).statusCode).toBe(404)

    // Paused: the clock stands, nothing is released however long the wall runs.
    expect((await post('pause')).scenarioTime).toBe('2026-04-14T08:30:00.000Z')
    t.clock.advance(3_600_000)
    await t.hub.jobs.runDue()
    expect(await released()).toEqual(['S0', 'S1'])
    await post('resume')
    t.clock.advance(29_999)
    await t.hub.jobs.runDue()
    expect(await released()).toEqual(['S0', 'S1'])
    t.clock.advance(1)
    await t.hub.jobs.runDue()
    expect((await injects()).get('S2')).toMatchObject({ state: 'released', releasedScenario: '2026-04-14T09:00:00.000Z', lateSeconds: 0 })

    // A jump past S3 releases it at once; S4 then comes on time from the new anchor.
    const jumped = await post('jump', { to: '2026-04-14T10:30:00.000Z' })
    expect(jumped.scenarioTime).toBe('2026-04-14T10:30:00.000Z')
    expect(await released()).toEqual(['S0', 'S1', 'S2', 'S3'])
    t.clock.advance(30_000)
    await t.hub.jobs.runDue()
    expect((await injects()).get('S4')).toMatchObject({ state: 'released', releasedScenario: '2026-04-14T11:00:00.000Z', lateSeconds: 0 })
    expect(await t.hub.jobs.runDue()).toHaveLength(0)
    expect((await releases(t.store.db, id)).length).toBe(5)
  })

  it('refuses a jump backwards, a second release by hand and a step from the wrong state, writing nothing', async () => {
    const back = await t.req('POST', `/api/v1/exercises/${id}/jump`, { token: ctl.token, body: { to: START } })
    expect([back.statusCode, back.json<{ code: string }>().code]).toEqual([422, 'jump_backwards'])
    const again = await t.req('POST', `/api/v1/exercises/${id}/injects/S1/release`, { token: ctl.token })
    expect([again.statusCode, again.json<{ code: string }>().code]).toEqual([409, 'inject_released'])
    const start = await t.req('POST', `/api/v1/exercises/${id}/start`, { token: ctl.token, body: {} })
    expect([start.statusCode, start.json<{ code: string }>().code]).toEqual([409, 'illegal_transition'])
    expect((await releases(t.store.db, id)).length).toBe(5)
  })

  it('lets only its listed controllers run it and only participants act in it; to others it does not exist', async () => {
    const outsider = await makeNation(t)
    const otherCtl = await makeController(t)
    expect((await t.req('POST', `/api/v1/exercises/${id}/pause`, { token: otherCtl.token, body: {} })).statusCode).toBe(404)
    expect((await t.req('POST', `/api/v1/exercises/${id}/pause`, { token: nations[0]!.admin.token, body: {} })).statusCode).toBe(403)
    expect((await t.req('GET', `/api/v1/exercises/${id}`, { token: outsider.admin.token })).statusCode).toBe(404)
    const acting = await t.req('GET', '/api/v1/incidents', { token: outsider.admin.token, headers: { 'shieldwall-exercise': id } })
    expect(acting.statusCode).toBe(404)
    const listed = await t.req('GET', '/api/v1/exercises', { token: outsider.admin.token })
    expect(listed.json<{ id: string }[]>().map((e) => e.id)).not.toContain(id)
  })
})

/** Two hubs on one store; the second also stands for the first one restarted. */
async function hubOn(store: Store, clock: ManualClock, name: string): Promise<Hub> {
  return createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http', PROCESS_NAME: name }), { store, clock, logger: createLogger('silent') })
}

describe.each(DIALECTS)('injects across a restart (%s)', (dialect) => {
  let store: TestStore
  const clock = new ManualClock('2026-03-01T09:00:00.000Z')
  afterAll(() => store.destroy())

  it('releases what fell due while the hub was down, once, on its next start', async () => {
    store = await openTestStore(dialect)
    let hub = await hubOn(store, clock, 'hub-a')
    const ctl = await controllerActor(hub)
    const ex = await exercises.createExercise(hub.deps, ctl, { name: 'Restart', participants: [{ org: 'Shieldwall Hub' }], scenario: manyMessages(20), speed: SPEED })
    await exercises.stepExercise(hub.deps, ctl, ex.id, 'start')
    clock.advance(5 * 60_000) // five wall minutes: H+05:00, the first five of twenty (hourly) fall due
    await hub.close()
    hub = await hubOn(store, clock, 'hub-a')
    await hub.jobs.runDue()
    clock.advance(15 * 60_000)
    await hub.jobs.runDue()
    await hub.jobs.runDue()
    const list = await exercises.listInjects(hub.deps, ctl, ex.id)
    expect(list.every((i) => i.state === 'released')).toBe(true)
    expect((await releases(store.db, ex.id)).length).toBe(20)
    await hub.close()
  })
})

describe.runIf(PG_URL)('two hub processes releasing injects on one PostgreSQL', () => {
  let storeA: TestStore
  let storeB: Store
  let a: Hub
  let b: Hub
  const clock = new ManualClock('2026-03-01T09:00:00.000Z')
  beforeAll(async () => {
    storeA = await openTestStore('postgres')
    storeB = await openStore({ databaseUrl: PG_URL, dataDir: '', pgSchema: storeA.pgSchema! })
    a = await hubOn(storeA, clock, 'hub-a')
    b = await hubOn(storeB, clock, 'hub-b')
  })
  afterAll(async () => {
    await a.close()
    await b.close()
    await storeB.close()
    await storeA.destroy()
  })

  it('releases each inject exactly once while both race for them, each on time', async () => {
    const ctl = await controllerActor(a)
    const ex = await exercises.createExercise(a.deps, ctl, { name: 'Race', participants: [{ org: 'Shieldwall Hub' }], scenario: manyMessages(40), speed: SPEED })
    await exercises.stepExercise(a.deps, ctl, ex.id, 'start')
    for (let minute = 1; minute <= 40; minute++) {
      clock.advance(60_000)
      await Promise.all([a.jobs.runDue(), b.jobs.runDue(), a.jobs.runDue(), b.jobs.runDue()])
    }
    const list = await exercises.listInjects(b.deps, ctl, ex.id)
    expect(list.map((i) => i.lateSeconds)).toEqual(list.map(() => 0))
    const ids = await releases(storeA.db, ex.id)
    expect(ids).toHaveLength(40)
    expect(new Set(ids).size).toBe(40)
  })
})

/** Twenty (or n) control messages an hour apart from H+01:00; at SPEED one falls due each wall minute. */
function manyMessages(n: number) {
  return {
    name: 'Hourly', start: START,
    events: Array.from({ length: n }, (_, i) => ({
      serial: `M${i + 1}`, offset: `H+${String(i + 1).padStart(2, '0')}:00`, type: 'information' as const, from: 'EXCON', to: [], channel: 'message' as const, content: { text: `hour ${i + 1}` },
    })),
  }
}

/** A controller of the hub's own organization (the hub takes part, so that control messages have a world to go to). */
async function controllerActor(hub: Hub): Promise<Actor> {
  const system = await members.systemActor(hub.deps)
  const user = await members.addUser(hub.deps, system, { orgId: system.orgId, email: `ctl-${crypto.randomUUID()}@test.example`, displayName: 'Controller', roles: ['controller'] })
  return { ...system, userId: user.id, email: user.email, roles: ['controller'] }
}
