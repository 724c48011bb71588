/**
 * Notifications end to end, against a real SMTP server and a real HTTP receiver: the right people
 * get the right content for each marking, mail is signed by the hub (and AMBER encrypted to the
 * recipient), a recipient who lost access between event and send gets nothing, and a failing
 * webhook is retried, lands in the dead-letter list, and replays.
 */
import { createHmac } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, type TestHub } from '../../test/hub'
import { decrypted, emitCorrelation, hubKey, mailsTo, marking, personalKey, PUBLIC_URL, startNotifyWorld, verifiedClearText, type NotifyWorld } from '../../test/notify-world'
import { DIALECTS } from '../../test/store'
import type * as openpgp from 'openpgp'

let n = 0
const secret = () => `PAYLOAD-MARKER-${process.pid}-${++n}`

async function emailOf(t: TestHub, token: string): Promise<string> {
  return (await t.client(token).GET('/api/v1/notify/me')).data!.email
}

describe.each(DIALECTS)('notifications by marking (%s)', (dialect) => {
  let w: NotifyWorld
  let hub: openpgp.Key
  let nation: Awaited<ReturnType<typeof makeNation>>
  let analyst: { id: string; token: string; email: string }
  let keyed: { id: string; token: string; email: string; key: Awaited<ReturnType<typeof personalKey>> }
  let outsider: { id: string; token: string; email: string }

  beforeAll(async () => {
    w = await startNotifyWorld(dialect)
    hub = await hubKey(w.t)
    nation = await makeNation(w.t)
    const a = await makeUser(w.t, nation.org.id, ['analyst'])
    analyst = { ...a, email: await emailOf(w.t, a.token) }
    const k = await makeUser(w.t, nation.org.id, ['analyst'])
    const email = await emailOf(w.t, k.token)
    keyed = { ...k, email, key: await personalKey(email) }
    const put = await w.t.client(k.token).PUT('/api/v1/notify/me', { body: { timeZone: 'Europe/Tallinn', quietHours: null, pgpKey: keyed.key.publicKey } })
    expect(put.response.status).toBe(200)
    expect(put.data!.pgpFingerprint).toMatch(/^[0-9A-F]{40}$/)
    const other = await makeNation(w.t)
    const o = await makeUser(w.t, other.org.id, ['analyst'])
    outsider = { ...o, email: await emailOf(w.t, o.token) }
  })
  afterAll(() => w.close())

  it('GREEN: the content in a body signed with the hub key, to every analyst of the audience, and nobody else', async () => {
    const s = secret()
    await emitCorrelation(w.t, marking('GREEN', nation.org.id, { audienceOrgs: [nation.org.id] }), s)
    const counts = await w.t.hub.notify.runOnce()
    expect(counts.sent).toBeGreaterThanOrEqual(2)
    for (const to of [analyst.email, keyed.email]) {
      const [mail] = mailsTo(w.smtp, to).filter((m) => m.text?.includes(s))
      expect(mail, to).toBeDefined()
      const text = await verifiedClearText(mail!.text!, hub)
      expect(text).toContain(s)
      expect(text).toContain(`${PUBLIC_URL}/#/events/`)
      expect(mail!.subject).toContain('TLP:GREEN')
    }
    expect(w.smtp.mails.some((m) => m.text?.includes(s) && mailsTo(w.smtp, outsider.email).includes(m))).toBe(false)
    expect(w.smtp.mails.filter((m) => m.text?.includes(s)).every((m) => m.from?.value[0]?.address === 'hub@hub.example')).toBe(true)
  })

  it('AMBER: encrypted to the recipient with a key (decrypts, signed by the hub), a notice without content to one without', async () => {
    const s = secret()
    const before = w.smtp.mails.length
    await emitCorrelation(w.t, marking('AMBER', nation.org.id, { audienceOrgs: [nation.org.id] }), s)
    await w.t.hub.notify.runOnce()
    const fresh = w.smtp.mails.slice(before)
    expect(fresh.some((m) => `${m.subject} ${m.text}`.includes(s))).toBe(false)
    const [enc] = mailsTo({ ...w.smtp, mails: fresh }, keyed.email)
    expect(enc!.text).toContain('-----BEGIN PGP MESSAGE-----')
    expect(await decrypted(enc!.text!, keyed.key.privateKey, hub)).toContain(s)
    const [notice] = mailsTo({ ...w.smtp, mails: fresh }, analyst.email)
    const text = await verifiedClearText(notice!.text!, hub)
    expect(text).toContain('TLP:AMBER notification for you')
    expect(text).toContain(`${PUBLIC_URL}/#/events/`)
    // Someone else's key does not open it.
    const stranger = await personalKey('stranger@example.org')
    await expect(decrypted(enc!.text!, stranger.privateKey, hub)).rejects.toThrow()
  })

  it('RED: only "something for you" with a link, even to a recipient with a key', async () => {
    const s = secret()
    const before = w.smtp.mails.length
    await emitCorrelation(w.t, marking('RED', nation.org.id, { audienceUsers: [keyed.id, analyst.id] }), s)
    await w.t.hub.notify.runOnce()
    const fresh = w.smtp.mails.slice(before)
    expect(fresh).toHaveLength(2)
    for (const m of fresh) {
      expect(m.subject).toBe('[Shieldwall] Something for you')
      const text = await verifiedClearText(m.text!, hub)
      expect(text).not.toContain(s)
      expect(text).not.toContain('intel.correlation')
      expect(text).toMatch(/^Something for you on Shieldwall\.\n\nOpen in the hub: https:\/\/hub\.example\/#\/events\/[0-9a-f-]+$/)
    }
  })

  it('a recipient disabled between the event and the send gets nothing (withheld)', async () => {
    const s = secret()
    const org = await makeOrg(w.t, { kind: 'cert', parentId: nation.org.id })
    const u = await makeUser(w.t, org.id, ['analyst'])
    const email = await emailOf(w.t, u.token)
    await emitCorrelation(w.t, marking('GREEN', org.id, { audienceOrgs: [org.id] }), s)
    expect((await w.t.client().POST('/api/v1/users/{id}/disable', { params: { path: { id: u.id } } })).response.status).toBe(200)
    const before = w.smtp.mails.length
    const counts = await w.t.hub.notify.runOnce()
    expect(counts.withheld).toBe(1)
    expect(mailsTo({ ...w.smtp, mails: w.smtp.mails.slice(before) }, email)).toHaveLength(0)
  })

  it('a recipient who left the audience between the event and the send gets nothing', async () => {
    const s = secret()
    const before = w.smtp.mails.length
    const id = await emitCorrelation(w.t, marking('AMBER', nation.org.id, { audienceUsers: [outsider.id] }), s)
    // The marking is narrowed after the event (as a correction would): the outsider is no longer in it.
    const row = await w.t.store.db.selectFrom('outbox_event').select('marking_id').where('id', '=', id).executeTakeFirstOrThrow()
    await w.t.store.db.deleteFrom('marking_audience').where('marking_id', '=', row.marking_id).execute()
    const counts = await w.t.hub.notify.runOnce()
    expect(counts.withheld).toBeGreaterThanOrEqual(1)
    expect(mailsTo({ ...w.smtp, mails: w.smtp.mails.slice(before) }, outsider.email)).toHaveLength(0)
  })

  it('chat rooms get GREEN content and only a notice for AMBER, in each product\u2019s format', async () => {
    const u = await makeUser(w.t, nation.org.id, ['analyst'])
    const ids: Record<string, string> = {}
    for (const kind of ['matrix', 'mattermost', 'teams'] as const) {
      const c = await w.t.client(u.token).POST('/api/v1/notify/channels', { body: { kind, url: `${w.http.url}/${kind}` } })
      expect(c.response.status).toBe(201)
      ids[kind] = c.data!.id
    }
    expect((await w.t.client(u.token).PUT('/api/v1/notify/rules/{topic}', { params: { path: { topic: 'correlation' } }, body: { channels: Object.values(ids) } })).response.status).toBe(200)
    const green = secret()
    const amber = secret()
    const before = w.http.received.length
    await emitCorrelation(w.t, marking('GREEN', nation.org.id, { audienceUsers: [u.id] }), green)
    await emitCorrelation(w.t, marking('AMBER', nation.org.id, { audienceUsers: [u.id] }), amber)
    await w.t.hub.notify.runOnce()
    const got = w.http.received.slice(before)
    expect(got).toHaveLength(6)
    const bodies = (kind: string) => got.filter((r) => r.url === `/${kind}`).map((r) => JSON.parse(r.body) as Record<string, string>)
    expect(bodies('matrix').map((b) => Object.keys(b).sort())).toEqual([['html', 'text'], ['html', 'text']])
    expect(bodies('mattermost').map((b) => Object.keys(b))).toEqual([['text'], ['text']])
    expect(bodies('teams').every((b) => b['@type'] === 'MessageCard' && typeof b.title === 'string')).toBe(true)
    expect(got.filter((r) => r.body.includes(green))).toHaveLength(3)
    expect(got.some((r) => r.body.includes(amber))).toBe(false)
  })

  it('a failing webhook is retried with back-off, lands in the dead letters, and replays once fixed; every post is HMAC-signed', async () => {
    const u = await makeUser(w.t, nation.org.id, ['analyst'])
    const key = 'a-webhook-secret-of-some-length'
    const c = await w.t.client(u.token).POST('/api/v1/notify/channels', { body: { kind: 'webhook', url: `${w.http.url}/hook`, secret: key } })
    await w.t.client(u.token).PUT('/api/v1/notify/rules/{topic}', { params: { path: { topic: 'correlation' } }, body: { channels: [c.data!.id] } })
    const s = secret()
    w.http.status = 500
    const before = w.http.received.length
    await emitCorrelation(w.t, marking('GREEN', nation.org.id, { audienceUsers: [u.id] }), s)
    expect((await w.t.hub.notify.runOnce()).failed).toBe(1)
    // Not again before its back-off has passed.
    expect((await w.t.hub.notify.runOnce()).failed).toBe(0)
    const delays: number[] = []
    for (let i = 0; i < 4; i++) {
      const [d] = (await w.t.client(u.token).GET('/api/v1/notify/deliveries')).data!.filter((x) => x.channel === c.data!.id)
      delays.push(Date.parse(d!.nextAttemptAt) - w.t.clock.now().getTime())
      w.t.clock.set(d!.nextAttemptAt)
      expect((await w.t.hub.notify.runOnce()).failed).toBe(1)
    }
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(w.http.received.slice(before)).toHaveLength(5)
    const dead = await w.t.client().GET('/api/v1/notify/dead-letters')
    const letter = dead.data!.find((d) => d.userId === u.id)
    expect(letter).toMatchObject({ state: 'dead', attempts: 5, lastError: 'HTTP 500 from the receiver' })
    // Another nation's admin does not see it, nor replay it.
    const other = await makeNation(w.t)
    expect((await w.t.client(other.admin.token).GET('/api/v1/notify/dead-letters')).data!.some((d) => d.id === letter!.id)).toBe(false)
    expect((await w.t.client(other.admin.token).POST('/api/v1/notify/dead-letters/{id}/replay', { params: { path: { id: letter!.id } } })).response.status).toBe(404)
    expect((await w.t.client(u.token).GET('/api/v1/notify/dead-letters')).response.status).toBe(403)
    w.http.status = 200
    const replay = await w.t.client().POST('/api/v1/notify/dead-letters/{id}/replay', { params: { path: { id: letter!.id } } })
    expect(replay.data!.state).toBe('pending')
    expect((await w.t.hub.notify.runOnce()).sent).toBe(1)
    const last = w.http.received.at(-1)!
    expect(last.headers['x-shieldwall-signature']).toBe(`sha256=${createHmac('sha256', key).update(last.body).digest('hex')}`)
    expect(JSON.parse(last.body)).toMatchObject({ tlp: 'GREEN', level: 'full', content: { payload: { secret: s } } })
    expect((await w.t.client().POST('/api/v1/notify/dead-letters/{id}/replay', { params: { path: { id: letter!.id } } })).response.status).toBe(409)
  })
})
