/** The notify API refuses bad input with a coded problem and writes nothing; what is another's stays hidden. */
import * as openpgp from 'openpgp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invalid, makeNation, makeUser, problemOf, startTestHub, type TestHub } from '../../../test/hub'
import { countRows, DIALECTS } from '../../../test/store'

describe.each(DIALECTS)('the notify API (%s)', (dialect) => {
  let t: TestHub
  let nation: Awaited<ReturnType<typeof makeNation>>
  let other: Awaited<ReturnType<typeof makeNation>>
  beforeAll(async () => {
    t = await startTestHub(dialect)
    nation = await makeNation(t)
    other = await makeNation(t)
  })
  afterAll(() => t.close())

  it('takes a public key and refuses a private key or garbage (422 bad_pgp_key), writing nothing', async () => {
    const k = await openpgp.generateKey({ type: 'curve25519', userIDs: [{ email: 'a@example.org' }], format: 'armored' })
    const c = t.client(nation.admin.token)
    for (const pgpKey of [k.privateKey, 'not a key']) {
      const res = await c.PUT('/api/v1/notify/me', { body: { timeZone: 'UTC', quietHours: null, pgpKey } })
      expect(problemOf(res)).toMatchObject({ status: 422, code: 'bad_pgp_key' })
    }
    expect(await countRows(t.store, 'notify_contact')).toBe(0)
    const ok = await c.PUT('/api/v1/notify/me', { body: { timeZone: 'UTC', quietHours: null, pgpKey: k.publicKey } })
    expect(ok.data!.pgpFingerprint).toBe((await openpgp.readKey({ armoredKey: k.publicKey })).getFingerprint().toUpperCase())
    const zone = await c.PUT('/api/v1/notify/me', { body: { timeZone: 'Atlantis/Capital', quietHours: null } })
    expect(problemOf(zone)).toMatchObject({ status: 422, code: 'invalid_time_zone' })
    const hours = await c.PUT('/api/v1/notify/me', { body: { timeZone: 'UTC', quietHours: { start: '25:00', end: '07:00' } } })
    expect(problemOf(hours)).toMatchObject({ status: 400, code: 'invalid_request' })
  })

  it('refuses a rule naming someone else\u2019s channel, and a channel that is not http(s)', async () => {
    const theirs = await t.client(other.admin.token).POST('/api/v1/notify/channels', { body: { kind: 'mattermost', url: 'https://chat.example/hooks/abc' } })
    expect(theirs.response.status).toBe(201)
    const rule = await t.client(nation.admin.token).PUT('/api/v1/notify/rules/{topic}', { params: { path: { topic: 'offer' } }, body: { channels: [theirs.data!.id] } })
    expect(problemOf(rule)).toMatchObject({ status: 422, code: 'unknown_channel' })
    expect(await countRows(t.store, 'notify_rule')).toBe(0)
    const before = await countRows(t.store, 'notify_channel')
    const bad = await t.client(nation.admin.token).POST('/api/v1/notify/channels', { body: { kind: 'webhook', url: 'file:///etc/passwd' } })
    expect(problemOf(bad)).toMatchObject({ status: 422, code: 'bad_channel_url' })
    const unknownKind = await t.client(nation.admin.token).POST('/api/v1/notify/channels', { body: { kind: invalid('pager'), url: 'https://x.example' } })
    expect(problemOf(unknownKind).status).toBe(400)
    // Nor may one remove it: the same answer as a channel that does not exist.
    expect((await t.client(nation.admin.token).DELETE('/api/v1/notify/channels/{id}', { params: { path: { id: theirs.data!.id } } })).response.status).toBe(404)
    expect(await countRows(t.store, 'notify_channel')).toBe(before)
  })

  it('refuses a rota naming someone outside the organization, and an observer setting anything', async () => {
    const stranger = await makeUser(t, other.org.id, ['poc'])
    const res = await t.client(nation.admin.token).PUT('/api/v1/notify/orgs/{id}/rota', {
      params: { path: { id: nation.org.id } },
      body: { timeZone: 'UTC', ackMinutes: 5, entries: [{ userId: stranger.id, days: [1], start: '09:00', end: '17:00' }] },
    })
    expect(problemOf(res)).toMatchObject({ status: 422, code: 'bad_rota', errors: [{ pointer: '/entries/0/userId' }] })
    expect(await countRows(t.store, 'notify_org_setting')).toBe(0)
    const observer = await makeUser(t, nation.org.id, ['observer'])
    expect((await t.client(observer.token).PUT('/api/v1/notify/me', { body: { timeZone: 'UTC', quietHours: null } })).response.status).toBe(403)
    expect((await t.client(observer.token).GET('/api/v1/notify/orgs/{id}/rota', { params: { path: { id: nation.org.id } } })).response.status).toBe(200)
  })

  it('serves the hub key to anyone and refuses a forged acknowledgement link', async () => {
    const key = await t.client(null).GET('/api/v1/notify/hub-key')
    expect((await openpgp.readKey({ armoredKey: key.data!.publicKey })).getFingerprint().toUpperCase()).toBe(key.data!.fingerprint)
    const forged = await t.client(null).GET('/api/v1/notify/ack', { params: { query: { token: 'a.b.c' } } })
    expect(problemOf(forged)).toMatchObject({ status: 404, code: 'bad_ack_token' })
  })
})
