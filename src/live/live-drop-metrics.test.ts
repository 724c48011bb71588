/** A dropped live connection is logged with its reason and counted in /metrics, beside open connections and buffered bytes. */
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emitEvents } from '../../test/events'
import { makeNation, startTestHub, type TestHub } from '../../test/hub'
import { floodPausedSubscriber, subscribeWs } from '../../test/live-client'

const metric = (text: string, name: string, labels: string): number => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`))
  return line === undefined ? NaN : Number(line.split(' ').pop())
}

describe('live-feed drops in the log and in /metrics', () => {
  let t: TestHub
  let base: string
  const logLines: Record<string, unknown>[] = []

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (logLines.push(JSON.parse(chunk.toString()) as Record<string, unknown>), done()) })
    t = await startTestHub('sqlite', { live: { maxBuffered: 256 * 1024 }, logger: pino({ level: 'warn' }, sink) })
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(() => t.close())

  it('counts open connections, then logs and counts the drop of a client that reads nothing', async () => {
    const nation = await makeNation(t)
    const slow = await subscribeWs(base, nation.admin.token)
    const before = await fetch(`${base}/metrics`).then((r) => r.text())
    expect(metric(before, 'shieldwall_live_connections', 'framing="ws"')).toBe(1)
    expect(metric(before, 'shieldwall_live_drops_total', 'framing="ws",reason="slow_consumer"')).toBe(0)

    await floodPausedSubscriber(slow, (events) => emitEvents(t.hub.deps, events), { orgId: nation.org.id, userId: nation.admin.id })
    expect((await slow.closed).code).toBe(4008)

    const after = await fetch(`${base}/metrics`).then((r) => r.text())
    expect(metric(after, 'shieldwall_live_drops_total', 'framing="ws",reason="slow_consumer"')).toBe(1)
    expect(metric(after, 'shieldwall_live_connections', 'framing="ws"')).toBe(0)
    expect(metric(after, 'shieldwall_live_buffered_bytes', 'framing="ws"')).toBe(0)
    const dropped = logLines.filter((l) => l.msg === 'live connection dropped')
    expect(dropped).toHaveLength(1)
    expect(dropped[0]).toMatchObject({ framing: 'ws', reason: 'slow_consumer', user: nation.admin.id })
    expect(dropped[0]!.bufferedBytes).toBeGreaterThan(256 * 1024)
  })
})
