import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DIALECTS, openTestStore, type TestStore } from '../../../test/store'
import { inTx } from '../../store/tx'
import { appendAudit } from './audit.store'
import { verifyAudit } from './audit.service'
import { systemClock } from '../../core/clock'
import { RecordingSink } from '../events'

describe.each(DIALECTS)('the audit hash chain (%s)', (dialect) => {
  let store: TestStore
  beforeEach(async () => {
    store = await openTestStore(dialect)
  })
  afterEach(() => store.destroy())
  const deps = () => ({ db: store.db, clock: systemClock, events: new RecordingSink() })
  const append = (i: number) =>
    inTx(store.db, (tx) => appendAudit(tx, new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), { actor: `u${i % 3}`, actorOrg: 'o', action: 'test.act', subject: `s${i}`, detail: { i } }))

  it('links each entry to the one before and verifies', async () => {
    for (let i = 0; i < 20; i++) await append(i)
    expect(await verifyAudit(deps())).toMatchObject({ ok: true, entries: 20 })
  })

  it('concurrent writers queue for the next link instead of forking the chain', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => append(i)))
    const result = await verifyAudit(deps())
    expect(result).toMatchObject({ ok: true, entries: 40 })
  })

  it('an entry rolled back with its change leaves no link behind', async () => {
    await append(1)
    await expect(
      inTx(store.db, async (tx) => {
        await appendAudit(tx, new Date().toISOString(), { actor: 'u', actorOrg: null, action: 'doomed', subject: 'x' })
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    await append(2)
    expect(await verifyAudit(deps())).toMatchObject({ ok: true, entries: 2 })
  })

  it.each([
    ['an edited detail', "update audit_log set detail = '{\"i\":99}' where seq = 5", 5, /content does not match/],
    ['a deleted entry', 'delete from audit_log where seq = 7', 8, /expected entry 7/],
    ['a rewritten hash', "update audit_log set hash = 'f' where seq = 4", 4, /content does not match/],
  ])('names the first broken link after %s', async (_what, tamper, brokenAt, reason) => {
    for (let i = 0; i < 10; i++) await append(i)
    const { sql } = await import('kysely')
    await sql.raw(tamper).execute(store.db)
    const result = await verifyAudit(deps())
    expect(result).toMatchObject({ ok: false, brokenAt })
    expect(result.ok ? '' : result.reason).toMatch(reason)
  })
})
