/** `shieldwall notify …` against a running hub: a person sets their own notifications; bad input is one plain line and a non-zero exit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliRunner } from '../test/cli'
import { makeNation, makeUser, startTestHub, type TestHub } from '../test/hub'
import { countRows } from '../test/store'

describe('shieldwall notify', () => {
  let t: TestHub
  let base: string
  let run: ReturnType<typeof cliRunner>
  let nation: Awaited<ReturnType<typeof makeNation>>
  beforeAll(async () => {
    t = await startTestHub('sqlite')
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
    nation = await makeNation(t)
    run = cliRunner({ SHIELDWALL_TOKEN: nation.admin.token })
  })
  afterAll(() => t.close())

  it('sets quiet hours, a signed webhook and a rule, and shows them', async () => {
    expect((await run(['notify', 'contact', '--url', base, '--time-zone', 'Europe/Tallinn', '--quiet', '22:00-07:00'])).code).toBe(0)
    const added = await run(['notify', 'channel', 'add', 'webhook', 'https://hooks.example/x', '--secret', 'sixteen-chars-or-more', '--url', base, '--json'])
    expect(added.code, added.err).toBe(0)
    const id = (JSON.parse(added.out) as { id: string; signed: boolean }).id
    const rule = await run(['notify', 'rule', 'offer', 'email', id, '--url', base])
    expect(rule.code, rule.err).toBe(0)
    const me = await run(['notify', 'me', '--url', base])
    expect(me.out).toMatch(/quietHours\s+22:00-07:00/)
    expect(me.out).toMatch(new RegExp(`offer\\s+email,${id}\\s+mine`))
    expect(me.out).toMatch(/decision\s+email\s+default/)
  })

  it('shows the rota and who is on duty', async () => {
    const u = await makeUser(t, nation.org.id, ['poc'])
    await t.client(nation.admin.token).PUT('/api/v1/notify/orgs/{id}/rota', {
      params: { path: { id: nation.org.id } },
      body: { timeZone: 'UTC', ackMinutes: 10, entries: [{ userId: u.id, days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' }] },
    })
    const shown = await run(['notify', 'rota', 'show', nation.org.id, '--url', base])
    expect(shown.code, shown.err).toBe(0)
    expect(shown.out).toContain(`on duty now: ${u.id}`)
  })

  it('refuses bad input in one plain line, exit code 2, and writes nothing', async () => {
    const before = await countRows(t.store, 'notify_channel')
    const cases = [
      [['notify', 'contact', '--url', base, '--time-zone', 'Mars/Olympus'], /the hub refused your contact details \(422: Unknown IANA time zone/],
      [['notify', 'contact', '--url', base, '--time-zone', 'UTC', '--quiet', 'late'], /--quiet takes HH:MM-HH:MM/],
      [['notify', 'channel', 'add', 'pager', 'https://x.example', '--url', base], /the kind is one of webhook, matrix, mattermost, teams/],
      [['notify', 'channel', 'add', 'webhook', 'ftp://x.example', '--url', base], /the hub refused the channel \(422: A channel URL must be http/],
      [['notify', 'rule', 'gossip', 'email', '--url', base], /the topic is one of/],
      [['notify', 'rule', 'offer', 'no-such-channel', '--url', base], /the hub refused the rule \(422: "no-such-channel" is neither/],
    ] as const
    for (const [argv, message] of cases) {
      const r = await run([...argv])
      expect(r.code, argv.join(' ')).toBe(2)
      expect(r.err).toMatch(message)
      expect(r.err.split('\n')).toHaveLength(1)
    }
    expect(await countRows(t.store, 'notify_channel')).toBe(before)
  })

  it('keeps dead letters to admins', async () => {
    const analyst = await makeUser(t, nation.org.id, ['analyst'])
    const r = await cliRunner({ SHIELDWALL_TOKEN: analyst.token })(['notify', 'dead-letters', '--url', base])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/the hub refused the dead letters \(403/)
  })
})
