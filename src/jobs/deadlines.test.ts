import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ManualClock } from '../core/clock'
import { createLogger } from '../core/logger'
import { loadConfig } from '../config'
import { createHub, type Hub } from '../hub'
import type { DeadlineRegistration } from '../domain/deadline-registry'
import { openStore, type Store } from '../store/db'
import { PG_URL, openTestStore, type TestStore } from '../../test/store'
import { DIALECTS } from '../../test/store'

const N = 120
const TEST_KIND = 'test.effect'

/** A kind of the tests' own: its effect is an audit entry, written in the claim's transaction. */
const testDeadlines: DeadlineRegistration[] = [{ kind: TEST_KIND, fire: (u, subjectId) => u.audit('system', 'test.deadline.fired', subjectId) }]

async function arm(store: Store, at: Date, n: number, kind = TEST_KIND): Promise<void> {
  const rows = Array.from({ length: n }, (_, i) => ({
    id: `${kind}-${i}`,
    kind,
    subject_id: `s-${i}`,
    due_at: new Date(at.getTime() + (i % 7) * 1000).toISOString(),
    fired_at: null,
    claimed_by: null,
    claimed_until: null,
  }))
  await store.db.insertInto('deadline').values(rows).execute()
}

const effects = async (store: Store) =>
  Number((await store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'test.deadline.fired').executeTakeFirstOrThrow()).n)

describe.each(DIALECTS)('deadline rows (%s)', (dialect) => {
  let store: TestStore
  let hub: Hub
  const clock = new ManualClock('2026-03-01T09:00:00.000Z')
  beforeAll(async () => {
    store = await openTestStore(dialect)
    hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http' }), { store, clock, logger: createLogger('silent'), deadlines: testDeadlines })
  })
  afterAll(async () => {
    await hub.close()
    await store.destroy()
  })

  it('fire on time, once, and survive a restart of the hub', async () => {
    await arm(store, new Date(clock.now().getTime() + 60_000), 10)
    expect(await hub.jobs.runDue()).toHaveLength(0)
    clock.advance(60_000)
    const first = await hub.jobs.runDue()
    expect(first.map((d) => d.id).sort()).toEqual([`${TEST_KIND}-0`, `${TEST_KIND}-7`])
    await hub.close()
    hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http' }), { store, clock, logger: createLogger('silent'), deadlines: testDeadlines })
    clock.advance(10_000)
    expect(await hub.jobs.runDue()).toHaveLength(8)
    expect(await hub.jobs.runDue()).toHaveLength(0)
    expect(await effects(store)).toBe(10)
  })
})

describe.runIf(PG_URL)('two hub processes on one PostgreSQL', () => {
  let a: Hub
  let b: Hub
  let storeA: TestStore
  let storeB: Store
  const clock = new ManualClock('2026-03-01T09:00:00.000Z')
  beforeAll(async () => {
    storeA = await openTestStore('postgres')
    storeB = await openStore({ databaseUrl: PG_URL, dataDir: '', pgSchema: storeA.pgSchema! })
    a = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http', PROCESS_NAME: 'hub-a' }), { store: storeA, clock, logger: createLogger('silent'), deadlines: testDeadlines })
    b = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http', PROCESS_NAME: 'hub-b' }), { store: storeB, clock, logger: createLogger('silent'), deadlines: testDeadlines })
  })
  afterAll(async () => {
    await a.close()
    await b.close()
    await storeB.close()
    await storeA.destroy()
  })

  it('fire each deadline exactly once while both race for them', async () => {
    await arm(storeA, clock.now(), N)
    clock.advance(10_000)
    const runs = await Promise.all([a.jobs.runDue(), b.jobs.runDue(), a.jobs.runDue(), b.jobs.runDue()])
    const ids = runs.flat().map((d) => d.id)
    expect(ids).toHaveLength(N)
    expect(new Set(ids).size).toBe(N)
    expect(await effects(storeA)).toBe(N)
    const owners = await storeA.db.selectFrom('deadline').select('claimed_by').where('fired_at', 'is not', null).execute()
    expect(owners).toHaveLength(N)
    for (const o of owners) expect(['hub-a', 'hub-b']).toContain(o.claimed_by)
  })
})
