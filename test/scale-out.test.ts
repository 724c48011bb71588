/**
 * Two real hub processes on one PostgreSQL and one NATS JetStream behave as one hub: a change
 * made through process A reaches live subscribers of process B, and nobody gets an event twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DomainEvent } from '../src/bus/event'
import { subscribeWs, type TestWs } from './live-client'
import { NATS_URL, PG_URL, startCluster, type Cluster } from './processes'

describe.skipIf(!PG_URL || !NATS_URL)('several hub processes over PostgreSQL and NATS', () => {
  let cluster: Cluster
  beforeAll(async () => {
    cluster = await startCluster(2)
  }, 60_000)
  afterAll(() => cluster?.close(), 30_000)

  const admit = async (base: string, name: string) => {
    const res = await fetch(`${base}/api/v1/orgs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cluster.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, kind: 'nation', country: name.slice(0, 2) }),
    })
    expect(res.status, await res.clone().text()).toBe(201)
    return res.json() as Promise<{ id: string }>
  }

  it('delivers a change made through A to subscribers of B (and A), each event once, in seq order', async () => {
    const [a, b] = cluster.processes as [(typeof cluster.processes)[0], (typeof cluster.processes)[0]]
    const onA = await subscribeWs(a.url, cluster.adminToken, { types: ['org.admitted'] })
    const onB = await subscribeWs(b.url, cluster.adminToken, { types: ['org.admitted'] })
    const orgs: string[] = []
    // Alternate the process that takes the change; both processes must see all of them.
    for (const [i, country] of ['EE', 'LV', 'LT', 'PL', 'FI', 'SE'].entries()) {
      orgs.push((await admit(i % 2 === 0 ? a.url : b.url, `${country} ${i}`)).id)
    }
    const all = (c: TestWs) => c.waitFor(() => c.events().length >= orgs.length, 10_000)
    await Promise.all([all(onA), all(onB)])
    // Time for a duplicate (a redelivery, the relay) to show up if one were coming.
    await new Promise((r) => setTimeout(r, 500))
    const ids = (c: TestWs) => c.events().map((e: DomainEvent) => (e.payload as { id: string }).id)
    expect(ids(onB)).toEqual(orgs)
    expect(ids(onA)).toEqual(orgs)
    const seqs = onB.events().map((e) => e.seq)
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
    onA.ws.close()
    onB.ws.close()
  }, 30_000)

  it('resumes on B from a seq seen on A: one history for the whole hub', async () => {
    const [a, b] = cluster.processes as [(typeof cluster.processes)[0], (typeof cluster.processes)[0]]
    const onA = await subscribeWs(a.url, cluster.adminToken, { types: ['org.admitted'] })
    const first = await admit(a.url, 'DE resume')
    await onA.waitFor((f) => (f.event?.payload as { id?: string } | undefined)?.id === first.id)
    const lastSeq = onA.events().at(-1)!.seq
    onA.ws.close()
    const missed = [(await admit(a.url, 'FR resume')).id, (await admit(b.url, 'NL resume')).id]
    const onB = await subscribeWs(b.url, cluster.adminToken, { types: ['org.admitted'] }, lastSeq)
    await onB.waitFor(() => onB.events().length >= 2, 10_000)
    const later = (await admit(a.url, 'BE resume')).id
    await onB.waitFor((f) => (f.event?.payload as { id?: string } | undefined)?.id === later, 10_000)
    await new Promise((r) => setTimeout(r, 300))
    expect(onB.events().map((e) => (e.payload as { id: string }).id)).toEqual([...missed, later])
    onB.ws.close()
  }, 30_000)
})
