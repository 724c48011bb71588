/**
 * Issue 13, every session end in the audit chain: a session that expires on its own (idle or
 * absolute end, on an injected clock) is ended and audited exactly once, whether a request
 * presents it after its end or the jobs role's sweep finds it never presented again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from '../../../test/store'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { signInAs } from '../../../test/signin'

const MINUTE = 60_000

describe.each(DIALECTS)('expired sessions are audited once (%s)', (dialect) => {
  let t: TestHub
  let nationId: string

  beforeAll(async () => {
    t = await startTestHub(dialect)
    nationId = (await makeNation(t)).org.id
  })
  afterAll(() => t.close())

  const auditOf = (sessionId: string) => t.store.db.selectFrom('audit_log').select(['action', 'actor', 'detail']).where('subject', '=', sessionId).orderBy('seq').execute()
  const reasonOf = (detail: string) => (JSON.parse(detail) as { reason: string }).reason
  const endedRow = (sessionId: string) => t.store.db.selectFrom('session').select(['ended_at', 'end_reason']).where('id', '=', sessionId).executeTakeFirstOrThrow()
  const me = (headers: Record<string, string>) => t.req('GET', '/api/v1/me', { token: null, headers })

  it('an idle session presented after its idle end is refused, ended and audited once; presenting it again writes nothing', async () => {
    const user = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    t.clock.advance(29 * MINUTE)
    expect((await me(s.headers)).statusCode).toBe(200)
    expect((await auditOf(s.sessionId)).map((a) => a.action)).toEqual(['session.start'])
    t.clock.advance(31 * MINUTE)
    expect((await me(s.headers)).statusCode).toBe(401)
    const audit = await auditOf(s.sessionId)
    expect(audit.map((a) => a.action)).toEqual(['session.start', 'session.end'])
    expect(audit[1]!.actor).toBe('system')
    expect(reasonOf(audit[1]!.detail)).toBe('idle')
    expect(await endedRow(s.sessionId)).toMatchObject({ end_reason: 'idle' })
    // Presented again, and swept: already ended, nothing more is written.
    expect((await me(s.headers)).statusCode).toBe(401)
    await t.hub.sessionSweeper.sweepDue()
    expect(await auditOf(s.sessionId)).toHaveLength(2)
  })

  it('the sweep ends and audits a session never presented again, once; its cookie stays refused', async () => {
    const user = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    t.clock.advance(29 * MINUTE)
    await t.hub.sessionSweeper.sweepDue()
    expect((await endedRow(s.sessionId)).ended_at).toBeNull()
    t.clock.advance(2 * MINUTE)
    const liveAfter = await signInAs(t, user.id)
    expect(await t.hub.sessionSweeper.sweepDue()).toBeGreaterThanOrEqual(1)
    const audit = await auditOf(s.sessionId)
    expect(audit.map((a) => a.action)).toEqual(['session.start', 'session.end'])
    expect(audit[1]!.actor).toBe('system')
    expect(reasonOf(audit[1]!.detail)).toBe('idle')
    expect(await endedRow(s.sessionId)).toMatchObject({ end_reason: 'idle' })
    // A session still within its time is left alone.
    expect((await endedRow(liveAfter.sessionId)).ended_at).toBeNull()
    expect(await t.hub.sessionSweeper.sweepDue()).toBe(0)
    expect((await me(s.headers)).statusCode).toBe(401)
    expect(await auditOf(s.sessionId)).toHaveLength(2)
  })

  it('the sweep ends a session used all along at its absolute end, with that reason', async () => {
    const user = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    for (let m = 0; m < 12 * 60 - 20; m += 20) {
      t.clock.advance(20 * MINUTE)
      expect((await me(s.headers)).statusCode).toBe(200)
    }
    t.clock.advance(20 * MINUTE)
    expect(await t.hub.sessionSweeper.sweepDue()).toBeGreaterThanOrEqual(1)
    const audit = await auditOf(s.sessionId)
    expect(audit.map((a) => a.action)).toEqual(['session.start', 'session.end'])
    expect(reasonOf(audit[1]!.detail)).toBe('absolute')
  })
})
