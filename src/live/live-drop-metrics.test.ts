/** A dropped live connection is logged with its reason and counted in /metrics, beside open connections and buffered bytes. */
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emitEvents } from '../../test/events'
import { makeNation, startTestHub, type TestHub } from '../../test/hub'
import { subscribeWs } from '../../test/live-client'
import type { Marking } from '../tlp'

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

    ;(slow.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause()
    const marking: Marking = { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: nation.org.id, originatorUser: nation.admin.id }
    const big = 'x'.repeat(10_000)
    for (let i = 0; i < 200; i++) {
      await emitEvents(t.hub.deps, Array.from({ length: 5 }, (_, k) => ({ type: 's.big', marking, payload: { i: i * 5 + k, big } })))
      await new Promise((r) => setTimeout(r, 2))
    }
    ;(slow.ws as unknown as { _socket: { resume(): void } })._socket.resume()
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
