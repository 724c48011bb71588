import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DomainEvent } from '../bus/event'
import { canSee, type Marking, type MaybeViewer } from '../tlp'
import { createFanout, type LiveSubscriber } from './fanout'
import type { LiveFilter } from './filter'
import { propertyRuns } from '../../test/property-runs'

interface TestSub extends LiveSubscriber {
  viewer: MaybeViewer
  frames: string[]
  closedWith: { code: number; reason: string } | null
  buffered: number
}

/** A connection whose buffer grows by each frame's length times `backlogFactor` (0: a fast reader). */
const subscriber = (viewer: MaybeViewer, filter: LiveFilter = {}, backlogFactor = 0): TestSub => {
  const sub: TestSub = {
    viewer,
    filter,
    frames: [],
    closedWith: null,
    buffered: 0,
    send(frame) {
      sub.frames.push(frame)
      sub.buffered += frame.length * backlogFactor
    },
    bufferedBytes: () => sub.buffered,
    close(code, reason) {
      sub.closedWith = { code, reason }
    },
  }
  return sub
}

const canDeliver = (sub: TestSub, e: DomainEvent): DomainEvent | null => (canSee(sub.viewer, e.marking) ? e : null)

const viewer = (userId: string, orgChain: string[]) => ({ userId, orgId: orgChain[0]!, orgChain })
const marking = (over: Partial<Marking> = {}): Marking => ({
  tlp: 'GREEN',
  audienceOrgs: [],
  audienceUsers: [],
  originatorOrg: 'org-src',
  originatorUser: null,
  ...over,
})

let seq = 0
const event = (over: Partial<DomainEvent> = {}): DomainEvent => ({
  id: `ev-${++seq}`,
  seq,
  type: 'incident.updated',
  at: '2026-01-01T00:00:00.000Z',
  marking: marking(),
  exerciseId: null,
  subject: { incidentId: 'inc-1', requestId: 'req-1' },
  payload: { n: seq },
  ...over,
})

const receivedSeqs = (sub: TestSub): number[] =>
  sub.frames.map((f) => JSON.parse(f) as { kind: string; event?: DomainEvent }).flatMap((f) => (f.event ? [f.event.seq] : []))

const alice = viewer('alice', ['cert-fr', 'nation-fr', 'hub'])

describe('fanout filters', () => {
  it('sends only the event types asked for, exact or by prefix', () => {
    const fanout = createFanout({ canDeliver, maxBuffered: 1e6 })
    const exact = subscriber(alice, { types: ['assistance.offered'] })
    const prefix = subscriber(alice, { types: ['incident.*'] })
    const all = subscriber(alice)
    for (const s of [exact, prefix, all]) fanout.add(s)
    const offered = event({ type: 'assistance.offered' })
    const updated = event({ type: 'incident.updated' })
    const lookalike = event({ type: 'incidental.note' })
    for (const e of [offered, updated, lookalike]) fanout.deliver(e)
    expect(receivedSeqs(exact)).toEqual([offered.seq])
    expect(receivedSeqs(prefix)).toEqual([updated.seq])
    expect(receivedSeqs(all)).toEqual([offered.seq, updated.seq, lookalike.seq])
  })

  it('narrows to one incident or one assistance request', () => {
    const fanout = createFanout({ canDeliver, maxBuffered: 1e6 })
    const byIncident = subscriber(alice, { incidentId: 'inc-2' })
    const byRequest = subscriber(alice, { requestId: 'req-7' })
    fanout.add(byIncident)
    fanout.add(byRequest)
    const onInc2 = event({ subject: { incidentId: 'inc-2' } })
    const onReq7 = event({ subject: { incidentId: 'inc-1', requestId: 'req-7' } })
    const other = event()
    for (const e of [onInc2, onReq7, other]) fanout.deliver(e)
    expect(receivedSeqs(byIncident)).toEqual([onInc2.seq])
    expect(receivedSeqs(byRequest)).toEqual([onReq7.seq])
  })

  it('sends each subscriber only what canSee lets it see (AMBER reaches child orgs, RED only named users)', () => {
    const fanout = createFanout({ canDeliver, maxBuffered: 1e6 })
    const parent = subscriber(viewer('pat', ['nation-fr', 'hub']))
    const child = subscriber(viewer('chris', ['cert-fr', 'nation-fr', 'hub']))
    const stranger = subscriber(viewer('sam', ['nation-de', 'hub']))
    const anonymous = subscriber(null)
    for (const s of [parent, child, stranger, anonymous]) fanout.add(s)
    const clear = event({ marking: marking({ tlp: 'CLEAR' }) })
    const amber = event({ marking: marking({ tlp: 'AMBER', audienceOrgs: ['nation-fr'] }) })
    const strict = event({ marking: marking({ tlp: 'AMBER+STRICT', audienceOrgs: ['nation-fr'] }) })
    const red = event({ marking: marking({ tlp: 'RED', audienceUsers: ['chris'] }) })
    const counts = [clear, amber, strict, red].map((e) => fanout.deliver(e))
    expect(receivedSeqs(parent)).toEqual([clear.seq, amber.seq, strict.seq])
    expect(receivedSeqs(child)).toEqual([clear.seq, amber.seq, red.seq])
    expect(receivedSeqs(stranger)).toEqual([clear.seq])
    expect(receivedSeqs(anonymous)).toEqual([clear.seq])
    expect(counts).toEqual([4, 2, 1, 1])
  })

  it('sends the cut canDeliver returns, encoding each distinct cut once', () => {
    let encodes = 0
    const fanout = createFanout<TestSub>({
      canDeliver: (sub, e) => (sub.viewer?.userId === 'alice' ? e : { ...e, payload: null }),
      maxBuffered: 1e6,
      encode: (e) => (encodes++, JSON.stringify({ kind: 'event', event: e })),
    })
    const subs = [subscriber(alice), ...Array.from({ length: 50 }, (_, i) => subscriber(viewer(`u${i}`, ['hub'])))]
    subs.forEach((s) => fanout.add(s))
    fanout.deliver(event({ payload: { secret: 'x' } }))
    expect(JSON.parse(subs[0]!.frames[0]!).event.payload).toEqual({ secret: 'x' })
    expect(JSON.parse(subs[1]!.frames[0]!).event.payload).toBeNull()
    // alice's whole event once, and one cut per other subscriber (each is a new object).
    expect(encodes).toBe(51)
  })
})

describe('fanout backpressure', () => {
  it('closes a subscriber whose buffer passes the bound with 4008 slow consumer, and spares the others', () => {
    const fanout = createFanout({ canDeliver, maxBuffered: 2_000 })
    const slow = subscriber(alice, {}, 1)
    const fast = subscriber(alice)
    fanout.add(slow)
    const handle = fanout.add(fast)
    for (let i = 0; i < 100; i++) fanout.deliver(event())
    expect(slow.closedWith).toEqual({ code: 4008, reason: 'slow consumer' })
    expect(slow.buffered).toBeGreaterThan(2_000)
    // Closed at the first frame past the bound, never fed again.
    expect(slow.buffered - slow.frames.at(-1)!.length).toBeLessThanOrEqual(2_000)
    expect(fast.frames).toHaveLength(100)
    expect(fast.closedWith).toBeNull()
    expect(fanout.size).toBe(1)
    expect(handle.open).toBe(true)
  })

  it('forgets a subscriber whose send throws (the connection is gone)', () => {
    const fanout = createFanout({ canDeliver, maxBuffered: 1e6 })
    const gone = subscriber(alice)
    gone.send = () => {
      throw new Error('socket closed')
    }
    const handle = fanout.add(gone)
    fanout.deliver(event())
    expect(handle.open).toBe(false)
    expect(fanout.size).toBe(0)
  })

  it('sends heartbeats to every subscriber, through the same bound', () => {
    const fanout = createFanout({ canDeliver, maxBuffered: 100 })
    const ok = subscriber(alice)
    const stuck = subscriber(alice)
    stuck.buffered = 500
    fanout.add(ok)
    fanout.add(stuck)
    fanout.heartbeat(new Date('2026-01-01T00:00:05.000Z'))
    expect(JSON.parse(ok.frames[0]!)).toEqual({ kind: 'heartbeat', at: '2026-01-01T00:00:05.000Z' })
    expect(stuck.closedWith?.code).toBe(4008)
  })

  it('closes a subscriber whose replay falls too far behind the live stream', async () => {
    const fanout = createFanout({ canDeliver, maxBuffered: 1e6, maxReplayBacklog: 10 })
    const sub = subscriber(alice)
    const resumed = fanout.resume(sub, 0, async () => {
      for (let i = 0; i < 11; i++) fanout.deliver(event())
      return [event()]
    })
    const handle = await resumed
    expect(sub.closedWith).toEqual({ code: 4008, reason: 'slow consumer' })
    expect(handle.open).toBe(false)
    expect(sub.frames).toHaveLength(0)
  })
})

describe('fanout replay', () => {
  it('sends the missed events, then those that arrived during the replay, without repeating the overlap', async () => {
    const fanout = createFanout({ canDeliver, maxBuffered: 1e6 })
    const db = Array.from({ length: 5 }, () => event())
    const sub = subscriber(alice)
    const handle = await fanout.resume(sub, db[1]!.seq, async (after) => {
      const page = db.filter((e) => e.seq > after).slice(0, 2)
      // Committed and delivered live while the page was read: also in the next page.
      const late = event()
      db.push(late)
      fanout.deliver(late)
      return page
    })
    fanout.deliver(db.at(-1)!)
    const live = event()
    fanout.deliver(live)
    expect(receivedSeqs(sub)).toEqual([...db.slice(2).map((e) => e.seq), live.seq])
    expect(handle.open).toBe(true)
  })

  it('never leaves a gap or repeats under any interleaving of commits, live deliveries and page reads', async () => {
    const tlps = ['CLEAR', 'GREEN', 'AMBER', 'RED'] as const
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 12 }),
        fc.nat({ max: 12 }),
        fc.nat({ max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.constantFrom('commit', 'deliver', 'idle'), { maxLength: 60 }),
        fc.array(fc.constantFrom(...tlps), { minLength: 1, maxLength: 8 }),
        async (committedBefore, deliveredBeforeRaw, lastSeqRaw, pageSize, steps, tlpCycle) => {
          let next = 0
          const db: DomainEvent[] = []
          const inFlight: DomainEvent[] = []
          const fanout = createFanout({ canDeliver, maxBuffered: 1e9 })
          const commit = () => {
            next++
            const tlp = tlpCycle[next % tlpCycle.length]!
            const e = event({
              seq: next,
              id: `e${next}`,
              marking: marking({ tlp, audienceOrgs: ['nation-fr'], audienceUsers: tlp === 'RED' ? ['bob'] : [] }),
            })
            db.push(e)
            inFlight.push(e)
          }
          const step = () => {
            const s = steps.shift()
            if (s === 'commit') commit()
            if (s === 'deliver' && inFlight.length > 0) fanout.deliver(inFlight.shift()!)
          }
          for (let i = 0; i < committedBefore; i++) commit()
          const deliveredBefore = Math.min(deliveredBeforeRaw, committedBefore)
          for (let i = 0; i < deliveredBefore; i++) fanout.deliver(inFlight.shift()!)
          const lastSeq = Math.min(lastSeqRaw, committedBefore)

          const sub = subscriber(alice)
          await fanout.resume(sub, lastSeq, async (after) => {
            step()
            await Promise.resolve()
            const page = db.filter((e) => e.seq > after).slice(0, pageSize)
            step()
            return page
          })
          while (steps.length > 0) step()
          while (inFlight.length > 0) fanout.deliver(inFlight.shift()!)

          const expected = db.filter((e) => e.seq > lastSeq && canSee(alice, e.marking)).map((e) => e.seq)
          expect(receivedSeqs(sub)).toEqual(expected)
        },
      ),
      { numRuns: propertyRuns(500) },
    )
  })
})
