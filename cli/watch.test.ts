import { cliRunner } from '../test/cli'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emitEvents } from '../test/events'
import { makeNation, makeUser, startTestHub, type TestHub } from '../test/hub'

describe('shieldwall watch', () => {
  let t: TestHub
  let base: string
  beforeAll(async () => {
    t = await startTestHub('sqlite')
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(() => t.close())

  const run = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
    const r = await cliRunner(env)(argv)
    return { code: r.code, out: r.out.split('\n').filter(Boolean), err: r.err.split('\n').filter(Boolean) }
  }

  it('prints the events the token may see, one line each, filtered, and --json for scripts', async () => {
    const ee = await makeNation(t)
    const lv = await makeNation(t)
    const outsider = await makeUser(t, lv.org.id)
    const m = (tlp: 'GREEN' | 'RED', users: string[] = []) => ({ tlp, audienceOrgs: [], audienceUsers: users, originatorOrg: ee.org.id, originatorUser: ee.admin.id })
    await emitEvents(t.hub.deps, [
      { type: 'w.one', marking: m('GREEN'), subject: { incidentId: 'inc-7' }, payload: { n: 1 } },
      { type: 'w.secret', marking: m('RED', [ee.admin.id]), payload: { n: 2 } },
      { type: 'x.other', marking: m('GREEN'), payload: { n: 3 } },
      { type: 'w.two', marking: m('GREEN'), payload: { n: 4 } },
    ])
    const plain = await run(['watch', '--url', base, '--types', 'w.*', '--after', '0', '--count', '2'], { SHIELDWALL_TOKEN: outsider.token })
    expect(plain.code).toBe(0)
    expect(plain.out).toHaveLength(2)
    expect(plain.out[0]).toMatch(/#\d+ {2}GREEN +w\.one {2}incident=inc-7 {2}\{"n":1\}$/)
    expect(plain.out[1]).toMatch(/w\.two/)
    const json = await run(['--json', 'watch', '--url', base, '--token', ee.admin.token, '--types', 'w.*', '--after', '0', '--count', '3'])
    expect(json.out.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(['w.one', 'w.secret', 'w.two'])
  })

  it('stops with exit code 2 and one line on a refused token, and on a missing one', async () => {
    const bad = await run(['watch', '--url', base, '--token', `sw_${'q'.repeat(43)}`])
    expect(bad.code).toBe(2)
    expect(bad.err.at(-1)).toMatch(/^shieldwall: the hub refused the token: /)
    const none = await run(['watch', '--url', base])
    expect(none.code).toBe(2)
    expect(none.err).toEqual(['shieldwall: give --token or set SHIELDWALL_TOKEN'])
  })
})
