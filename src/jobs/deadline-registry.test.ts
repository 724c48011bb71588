/**
 * The runner dispatches by kind through the registry the composition root builds, and refuses to
 * start (naming the kind) rather than meet a deadline it cannot fire at fire time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ManualClock } from '../core/clock'
import { createLogger } from '../core/logger'
import { loadConfig } from '../config'
import { ANSWER_DEADLINE } from '../domain/assistance'
import { deadlineRegistry, type DeadlineRegistration } from '../domain/deadline-registry'
import { createHub, type Hub } from '../hub'
import { armDeadline } from '../store/deadlines'
import { inTx } from '../store/tx'
import { DIALECTS, openTestStore, type TestStore } from '../../test/store'

const auditedAs = (action: string): DeadlineRegistration['fire'] => (u, subjectId) => u.audit('system', action, subjectId)

describe('a deadline registry', () => {
  it('refuses a kind registered twice, naming it', () => {
    expect(() => deadlineRegistry([{ kind: 'a.x', fire: auditedAs('a') }, { kind: 'b.y', fire: auditedAs('b') }, { kind: 'a.x', fire: auditedAs('c') }])).toThrow(
      'deadline kind "a.x" is registered twice',
    )
  })

  it('finds each kind’s own handler and nothing for a kind nobody registered', () => {
    const a = auditedAs('a')
    const b = auditedAs('b')
    const r = deadlineRegistry([{ kind: 'a.x', fire: a }, { kind: 'b.y', fire: b }])
    expect(r.handlerOf('a.x')).toBe(a)
    expect(r.handlerOf('b.y')).toBe(b)
    expect(r.handlerOf('c.z')).toBeUndefined()
    expect(r.kinds).toEqual(['a.x', 'b.y'])
  })
})

describe.each(DIALECTS)('the deadline runner and its registry (%s)', (dialect) => {
  let store: TestStore
  const clock = new ManualClock('2026-03-01T09:00:00.000Z')
  const hubs: Hub[] = []
  const logger = createLogger('silent')
  const start = async (roles: string, deadlines: DeadlineRegistration[] = []) => {
    const hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: roles, JOBS_POLL_MS: '60000' }), { store, clock, logger, deadlines })
    hubs.push(hub)
    return hub
  }
  const audited = async (action: string) =>
    (await store.db.selectFrom('audit_log').select('subject').where('action', '=', action).orderBy('subject').execute()).map((r) => r.subject)
  const arm = (kind: string, subject: string) => inTx(store.db, (tx) => armDeadline(tx, kind, subject, clock.now().toISOString()))

  beforeAll(async () => {
    store = await openTestStore(dialect)
  })
  afterAll(async () => {
    for (const h of hubs) await h.close()
    await store.destroy()
  })

  it('refuses to compose a hub whose capabilities register one kind twice, naming it', async () => {
    await expect(start('http', [{ kind: ANSWER_DEADLINE, fire: auditedAs('twice') }])).rejects.toThrow(`deadline kind "${ANSWER_DEADLINE}" is registered twice`)
  })

  it('dispatches each due deadline to its own kind’s handler', async () => {
    const hub = await start('http', [
      { kind: 'test.alpha', fire: auditedAs('test.alpha.fired') },
      { kind: 'test.beta', fire: auditedAs('test.beta.fired') },
    ])
    await arm('test.alpha', 'a-1')
    await arm('test.beta', 'b-1')
    await arm('test.alpha', 'a-2')
    clock.advance(1_000)
    expect((await hub.jobs.runDue()).map((d) => d.kind).sort()).toEqual(['test.alpha', 'test.alpha', 'test.beta'])
    expect(await audited('test.alpha.fired')).toEqual(['a-1', 'a-2'])
    expect(await audited('test.beta.fired')).toEqual(['b-1'])
  })

  it('refuses to start the jobs role while an armed deadline has a kind nobody registered, naming it', async () => {
    await arm('test.orphan', 'o-1')
    await expect(start('http,jobs')).rejects.toThrow('"test.orphan"')
    // Registered, the same hub starts and fires it.
    const hub = await start('http,jobs', [{ kind: 'test.orphan', fire: auditedAs('test.orphan.fired') }])
    clock.advance(1_000)
    await hub.jobs.runDue()
    expect(await audited('test.orphan.fired')).toEqual(['o-1'])
    await expect(hub.jobs.assertKnownKinds()).resolves.toBeUndefined()
  })

  it('holds, and never drops, a deadline of unknown kind armed after the runner started', async () => {
    const hub = await start('http')
    const id = await arm('test.later', 'l-1')
    clock.advance(1_000)
    expect(await hub.jobs.runDue()).toEqual([])
    const row = await store.db.selectFrom('deadline').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(row.fired_at).toBeNull()
    expect(row.claimed_until).not.toBeNull()
    await expect(hub.jobs.assertKnownKinds()).rejects.toThrow('"test.later"')
    // Tidy for the other tests: this row would keep a jobs hub from starting.
    await store.db.deleteFrom('deadline').where('id', '=', id).execute()
  })
})
