/**
 * The outbox's two promises to the live feed, on every dialect: seq order is commit order (so a
 * resume "after seq n" never skips a late commit), and relays of several processes publish a
 * stranded event once between them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSequencer } from '../live/sequencer'
import type { DomainEvent } from '../bus/event'
import { ManualClock } from '../core/clock'
import { unitOfWork, type EmittedEvent, type UncheckedEvents } from '../domain/unit-of-work'
import { emitEvents } from '../../test/events'
import { DIALECTS, openTestStore, type TestStore } from '../../test/store'
import { eventsAfter, relayUnpublished } from './outbox'

const marking = { tlp: 'GREEN' as const, audienceOrgs: [], audienceUsers: [], originatorOrg: 'o1', originatorUser: null }

describe.each(DIALECTS)('the outbox (%s)', (dialect) => {
  let store: TestStore
  beforeEach(async () => {
    store = await openTestStore(dialect)
  })
  afterEach(() => store.destroy())

  it('gives seq in commit order to concurrent writers, so a live feed sees every event once', async () => {
    const published: DomainEvent[] = []
    const received: number[] = []
    const deps = { db: store.db, clock: new ManualClock('2026-03-01T09:00:00Z'), events: { publish: async (e: DomainEvent[]) => void published.push(...e) } }
    // The live feed's path: publish order → sequencer, which drops anything at or below what it passed.
    const sequence = createSequencer(0, (after) => eventsAfter(store.db, after, 100), (e) => received.push(e.seq))
    let chain = Promise.resolve()
    deps.events.publish = async (events) => {
      published.push(...events)
      for (const e of events) chain = chain.then(() => sequence(e))
    }
    await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        unitOfWork<EmittedEvent, UncheckedEvents>(deps, async (u) => {
          const markingId = (await u.tx.insertInto('marking').values({ id: `m-${i}`, tlp: 'GREEN', originator_org: 'o1', originator_user: null, created_at: u.at }).returning('id').executeTakeFirstOrThrow()).id
          // Work between the emit and the end of the transaction, so that commits interleave.
          const emitted = await u.emit({ type: 'o.test', markingId, marking, exerciseId: null, payload: { i } })
          await new Promise((r) => setTimeout(r, (i * 7) % 11))
          return emitted
        }),
      ),
    )
    await chain
    expect(received).toHaveLength(80)
    expect(new Set(received).size).toBe(80)
    const rows = await eventsAfter(store.db, 0, 200)
    expect(rows.map((r) => r.seq)).toEqual(received)
  })

  it('lets relays racing on the same stranded events publish each one once', async () => {
    const deps = { db: store.db, clock: new ManualClock('2026-03-01T09:00:00Z'), events: { publish: async () => {} } }
    await emitEvents(deps, Array.from({ length: 30 }, (_, i) => ({ type: 'stranded', marking, payload: { i } })))
    const published: string[] = []
    const relay = () =>
      relayUnpublished(store.db, '2026-03-01T10:00:00Z', 10, () => '2026-03-01T10:00:00Z', async (events) => {
        await new Promise((r) => setTimeout(r, 20))
        published.push(...events.map((e) => e.id))
      })
    const counts = await Promise.all([relay(), relay(), relay(), relay()])
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30)
    expect(new Set(published).size).toBe(30)
    expect(published).toHaveLength(30)
    expect(await relay()).toBe(0)
  })
})
