import { createServer, connect, type Server, type Socket } from 'node:net'
import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliRunner } from '../test/cli'
import { emitEvent } from '../test/events'
import { makeNation, startTestHub, type TestHub } from '../test/hub'

/** A TCP relay in front of the hub whose connections can be cut: a network drop as a watcher meets it, the hub unharmed. */
async function relayTo(target: URL): Promise<{ url: string; server: Server; cutAll: () => void }> {
  const open = new Set<Socket>()
  const server = createServer((client: Socket) => {
    const upstream = connect(Number(target.port), target.hostname)
    open.add(client).add(upstream)
    client.pipe(upstream).pipe(client)
    const end = () => {
      client.destroy()
      upstream.destroy()
      open.delete(client)
      open.delete(upstream)
    }
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return { url: `http://127.0.0.1:${address.port}`, server, cutAll: () => open.forEach((s) => s.destroy()) }
}

describe('shieldwall watch says when it is connected', () => {
  let t: TestHub
  let base: string
  beforeAll(async () => {
    t = await startTestHub('sqlite')
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(() => t.close())

  it('prints "connected" once live, and "reconnected … resuming after #seq" after a drop, missing nothing', async () => {
    const ee = await makeNation(t)
    const green = { tlp: 'GREEN' as const, audienceOrgs: [], audienceUsers: [], originatorOrg: ee.org.id, originatorUser: ee.admin.id }
    await emitEvent(t.hub.deps, { type: 'c.first', marking: green, payload: { n: 1 } })
    const relay = await relayTo(new URL(base))
    try {
      // Once the first event is printed the connection drops, and the second event follows while it is down.
      const onFirst = async () => {
        relay.cutAll()
        await emitEvent(t.hub.deps, { type: 'c.second', marking: green, payload: { n: 2 } })
      }
      let cutting: Promise<void> | null = null
      const watch = cliRunner({ SHIELDWALL_TOKEN: ee.admin.token }, { onOut: () => void (cutting ??= onFirst()) })
      const r = await watch(['watch', '--url', relay.url, '--types', 'c.*', '--after', '0', '--count', '2'])
      await cutting
      expect(r.code, r.err).toBe(0)
      const out = r.out.split('\n')
      expect(out).toHaveLength(2)
      expect(out[0]).toMatch(/c\.first/)
      expect(out[1]).toMatch(/c\.second/)
      const err = r.err.split('\n')
      const firstSeq = /#(\d+) /.exec(out[0]!)?.[1]
      expect(err).toContain(`shieldwall: connected to ${relay.url}; events after #0`)
      expect(err).toContain(`shieldwall: reconnected to ${relay.url}; resuming after #${firstSeq}`)
      expect(err.findIndex((l) => l.startsWith('shieldwall: connected'))).toBeLessThan(err.findIndex((l) => l.startsWith('shieldwall: reconnected')))
    } finally {
      relay.server.close()
    }
  })

  it('without --after says it prints new events from now on', async () => {
    const ee = await makeNation(t)
    const green = { tlp: 'GREEN' as const, audienceOrgs: [], audienceUsers: [], originatorOrg: ee.org.id, originatorUser: ee.admin.id }
    const run = cliRunner({ SHIELDWALL_TOKEN: ee.admin.token })(['watch', '--url', base, '--types', 'd.*', '--count', '1'])
    // The event is emitted until the watcher, subscribed, receives it (a subscription made after an emit would miss it).
    let r: Awaited<typeof run> | null = null
    void run.then((x) => (r = x))
    for (let i = 0; i < 100 && r === null; i++) {
      await emitEvent(t.hub.deps, { type: 'd.now', marking: green })
      await new Promise((res) => setTimeout(res, 50))
    }
    const done = await run
    expect(done.code).toBe(0)
    expect(done.err.split('\n')).toContain(`shieldwall: connected to ${base}; new events from now on`)
  })
})
