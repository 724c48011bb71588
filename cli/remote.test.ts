import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliRunner } from '../test/cli'
import { makeNation, startTestHub, type TestHub } from '../test/hub'
import { whoAmI } from './remote'

describe('the CLI against a running hub, through the typed client', () => {
  let t: TestHub
  let base: string
  beforeAll(async () => {
    t = await startTestHub('sqlite')
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(() => t.close())

  it('knows who a token acts as', async () => {
    const n = await makeNation(t)
    const who = await whoAmI(base, n.admin.token)
    expect(who?.user.id).toBe(n.admin.id)
    expect(who?.org.id).toBe(n.org.id)
  })

  it('refuses a bad token, and a URL that answers but is no hub, with one line each', async () => {
    await expect(whoAmI(base, `sw_${'q'.repeat(43)}`)).rejects.toThrow(/^the hub refused the token: /)
    await expect(whoAmI(`${base}/not-here`, t.adminToken)).rejects.toThrow(/does not answer as a Shieldwall hub \(GET \/api\/v1\/me: 404\)/)
  })

  it('leaves an unreachable hub to the caller to retry', async () => {
    // A port that was just free: nothing listens there now.
    const probe = createServer()
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r))
    const { port } = probe.address() as AddressInfo
    await new Promise((r) => probe.close(r))
    expect(await whoAmI(`http://127.0.0.1:${port}`, t.adminToken)).toBeNull()
  })

  it('`shieldwall watch` says who it watches as, and stops at once on a URL that is no hub', async () => {
    const n = await makeNation(t)
    const run = cliRunner({ SHIELDWALL_TOKEN: n.admin.token })
    const ok = await run(['watch', '--url', base, '--after', '0', '--count', '1'])
    expect(ok.code).toBe(0)
    expect(ok.err.split('\n')[0]).toBe(`shieldwall: watching the live feed as ${(await whoAmI(base, n.admin.token))!.user.email} (${n.org.name})`)
    const wrong = await run(['watch', '--url', `${base}/elsewhere`])
    expect(wrong.code).toBe(2)
    expect(wrong.err).toMatch(/does not answer as a Shieldwall hub/)
  })
})
