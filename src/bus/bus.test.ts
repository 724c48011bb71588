import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import type { Bus, BusLogger } from './bus'
import type { DomainEvent } from './event'
import { createMemoryBus } from './memory'
import { createNatsBus } from './nats'

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222'
const RETRY_MS = 50

let seqCounter = 0
const event = (over: Partial<DomainEvent> = {}): DomainEvent => ({
  id: randomUUID(),
  seq: ++seqCounter,
  type: 'incident.updated',
  at: '2026-01-01T00:00:00.000Z',
  marking: { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: 'org-a', originatorUser: null },
  exerciseId: null,
  subject: { incidentId: 'inc-1' },
  payload: { n: seqCounter },
  ...over,
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await sleep(10)
  }
}

const capturingLogger = () => {
  const warnings: { obj: object; msg: string }[] = []
  const logger: BusLogger = { warn: (obj, msg) => warnings.push({ obj, msg }) }
  return { logger, warnings }
}

/**
 * One test world per implementation: `processBus(name)` is what a hub process named `name`
 * would hold. In memory every "process" shares the one bus; over NATS each is its own
 * connection and durable consumer on a stream made for this test alone.
 */
interface World {
  publisher(): Promise<Bus>
  processBus(name: string): Promise<Bus>
  logger: BusLogger
  warnings: { obj: object; msg: string }[]
  dispose(): Promise<void>
}

const memoryWorld = (): World => {
  const { logger, warnings } = capturingLogger()
  const bus = createMemoryBus({ logger, retryDelayMs: RETRY_MS, maxAttempts: 3 })
  return {
    publisher: async () => bus,
    processBus: async () => bus,
    logger,
    warnings,
    dispose: () => bus.close(),
  }
}

const natsWorld = (extra: { dedupeWindowMs?: number } = {}): World => {
  const { logger, warnings } = capturingLogger()
  const tag = randomUUID().replaceAll('-', '').slice(0, 12)
  const stream = `SHIELDWALL_TEST_${tag}`
  const buses: Bus[] = []
  const open = async (consumerName: string) => {
    const bus = await createNatsBus({
      url: NATS_URL,
      stream,
      subjectPrefix: `test_${tag}.events`,
      consumerName,
      logger,
      redeliveryDelayMs: RETRY_MS,
      maxDeliver: 3,
      ...extra,
    })
    buses.push(bus)
    return bus
  }
  return {
    publisher: () => open(`publisher-${tag}`),
    processBus: (name) => open(`${name}-${tag}`),
    logger,
    warnings,
    async dispose() {
      await Promise.all(buses.map((b) => b.close()))
      const nc = await connect({ servers: NATS_URL })
      const jsm = await jetstreamManager(nc)
      await jsm.streams.delete(stream)
      await nc.close()
    },
  }
}

const worlds: [string, () => World][] = [
  ['memory', memoryWorld],
  ['nats', () => natsWorld()],
]

let world: World | null = null
afterEach(async () => {
  await world?.dispose()
  world = null
})
const open = (make: () => World): World => (world = make())

describe.each(worlds)('%s bus', (_name, make) => {
  it('delivers published events, whole, to a subscriber', async () => {
    const w = open(make)
    const sub = await w.processBus('hub-1')
    const got: DomainEvent[] = []
    await sub.subscribe((e) => void got.push(e))
    const sent = [event(), event({ type: 'assistance.offered', subject: { requestId: 'req-9' } })]
    await (await w.publisher()).publish(sent)
    await waitFor(() => got.length === 2, 'two events')
    expect(got).toEqual(sent)
  })

  it('gives every event to every process (each has its own durable consumer)', async () => {
    const w = open(make)
    const a: string[] = []
    const b: string[] = []
    await (await w.processBus('hub-a')).subscribe((e) => void a.push(e.id))
    await (await w.processBus('hub-b')).subscribe((e) => void b.push(e.id))
    const sent = Array.from({ length: 20 }, () => event())
    await (await w.publisher()).publish(sent)
    await waitFor(() => a.length === 20 && b.length === 20, 'both processes to have 20 events')
    expect(a).toEqual(sent.map((e) => e.id))
    expect(b).toEqual(sent.map((e) => e.id))
  })

  it('redelivers to a handler that threw, and only to that handler', async () => {
    const w = open(make)
    const bus = await w.processBus('hub-1')
    const failing = event()
    let attempts = 0
    const healthy: string[] = []
    const flaky: string[] = []
    await bus.subscribe((e) => void healthy.push(e.id))
    await bus.subscribe((e) => {
      if (e.id === failing.id && ++attempts === 1) throw new Error('transient')
      flaky.push(e.id)
    })
    const after = event()
    await (await w.publisher()).publish([failing, after])
    await waitFor(() => flaky.length === 2, 'the retried event')
    await sleep(3 * RETRY_MS)
    expect(attempts).toBe(2)
    expect(flaky.sort()).toEqual([failing.id, after.id].sort())
    expect(healthy).toEqual([failing.id, after.id])
    expect(w.warnings.map((x) => x.msg)).toContain('event handler failed')
  })

  it('gives up on an event after the last attempt and keeps delivering the rest', async () => {
    const w = open(make)
    const bus = await w.processBus('hub-1')
    const poison = event()
    let poisonAttempts = 0
    const got: string[] = []
    await bus.subscribe((e) => {
      if (e.id === poison.id) {
        poisonAttempts++
        throw new Error('always fails')
      }
      got.push(e.id)
    })
    const later = event()
    await (await w.publisher()).publish([poison, later])
    await waitFor(() => w.warnings.some((x) => JSON.stringify(x.obj).includes('"attempt":3') || x.msg === 'giving up on event'), 'giving up')
    await sleep(4 * RETRY_MS)
    expect(poisonAttempts).toBe(3)
    expect(got).toEqual([later.id])
  })

  it('hands a re-published event id to a handler once', async () => {
    const w = open(make)
    const got: string[] = []
    await (await w.processBus('hub-1')).subscribe((e) => void got.push(e.id))
    const pub = await w.publisher()
    const once = event()
    await pub.publish([once])
    await pub.publish([once, event()])
    await waitFor(() => got.length >= 2, 'two events')
    await sleep(200)
    expect(got.filter((id) => id === once.id)).toHaveLength(1)
    expect(got).toHaveLength(2)
  })

  it('keeps one publisher’s order across calls', async () => {
    const w = open(make)
    const got: number[] = []
    await (await w.processBus('hub-1')).subscribe((e) => void got.push(e.seq))
    const pub = await w.publisher()
    const sent = Array.from({ length: 400 }, () => event())
    for (let i = 0; i < sent.length; i += 100) await pub.publish(sent.slice(i, i + 100))
    await waitFor(() => got.length === 400, '400 events')
    expect(got).toEqual(sent.map((e) => e.seq))
  })

  it('stops delivering to a handler that unsubscribed', async () => {
    const w = open(make)
    const bus = await w.processBus('hub-1')
    const kept: string[] = []
    const dropped: string[] = []
    await bus.subscribe((e) => void kept.push(e.id))
    const unsubscribe = await bus.subscribe((e) => void dropped.push(e.id))
    const pub = await w.publisher()
    await pub.publish([event()])
    await waitFor(() => kept.length === 1 && dropped.length === 1, 'first event to both')
    await unsubscribe()
    await pub.publish([event()])
    await waitFor(() => kept.length === 2, 'second event')
    await sleep(100)
    expect(dropped).toHaveLength(1)
  })

  it('refuses an event type that cannot be a subject token', async () => {
    const w = open(make)
    await expect((await w.publisher()).publish([event({ type: 'incident.*' })])).rejects.toThrow(/event type/)
    await expect((await w.publisher()).publish([event({ type: 'incident..updated' })])).rejects.toThrow(/event type/)
  })

  it('refuses to publish once closed', async () => {
    const w = open(make)
    const pub = await w.publisher()
    await pub.close()
    await expect(pub.publish([event()])).rejects.toThrow(/closed/)
  })
})

describe('nats bus, beyond the shared contract', () => {
  it('resumes a durable consumer where it stopped: events published while a process was down arrive after restart', async () => {
    const w = open(() => natsWorld())
    const first = await w.processBus('hub-1')
    const got: string[] = []
    await first.subscribe((e) => void got.push(e.id))
    const pub = await w.publisher()
    const before = event()
    await pub.publish([before])
    await waitFor(() => got.length === 1, 'first event')
    await first.close()
    const whileDown = [event(), event()]
    await pub.publish(whileDown)
    await (await w.processBus('hub-1')).subscribe((e) => void got.push(e.id))
    await waitFor(() => got.length === 3, 'events from while it was down')
    expect(got).toEqual([before.id, ...whileDown.map((e) => e.id)])
  })

  it('drops in the consumer a duplicate the server let through after its dedupe window', async () => {
    const w = open(() => natsWorld({ dedupeWindowMs: 100 }))
    const got: string[] = []
    await (await w.processBus('hub-1')).subscribe((e) => void got.push(e.id))
    const pub = await w.publisher()
    const once = event()
    await pub.publish([once])
    await waitFor(() => got.length === 1, 'first copy')
    await sleep(300)
    const marker = event()
    await pub.publish([once, marker])
    await waitFor(() => got.includes(marker.id), 'the marker after the late duplicate')
    expect(got).toEqual([once.id, marker.id])
  })
})
