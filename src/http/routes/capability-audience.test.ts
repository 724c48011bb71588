import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'
import { dialectHelpers } from '../../store/db'
import { saveMarking } from '../../store/marking.store'
import { up as migrate0320 } from '../../store/migrations/0320_capability_audience'

const capability = (visibleTo: string[]) => ({
  category: 'legal-policy', description: 'Advice on attribution statements', capacity: 1, languages: ['en'], delivery: 'remote', responseHours: 24, sectors: ['energy'],
  workingHours: { tz: 'UTC', days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' },
  visibleTo,
})

describe.each(DIALECTS)('a capability shown to chosen nations: its audience is resolved when read (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  const status = async (token: string, id: string) => (await t.req('GET', `/api/v1/capabilities/${id}`, { token })).statusCode
  const listed = async (token: string, id: string) =>
    (await t.req('GET', '/api/v1/capabilities?category=legal-policy', { token })).json<{ id: string }[]>().some((c) => c.id === id)

  it('reaches an organization admitted under a chosen nation after the capability was saved, and nobody else', async () => {
    const owner = await makeNation(t)
    const friend = await makeNation(t)
    const stranger = await makeNation(t)
    const saved = await t.req('POST', '/api/v1/capabilities', { token: owner.admin.token, body: capability([friend.country]) })
    expect(saved.statusCode, saved.body).toBe(201)
    const id = saved.json<{ id: string }>().id

    // Admitted afterwards: a CERT and a private operator under the friend, a CERT under the stranger.
    const friendCert = await makeUser(t, (await makeOrg(t, { kind: 'cert', parentId: friend.org.id })).id, ['analyst'])
    const friendPartner = await makeUser(t, (await makeOrg(t, { kind: 'partner', parentId: friend.org.id })).id, ['analyst'])
    const strangerCert = await makeUser(t, (await makeOrg(t, { kind: 'cert', parentId: stranger.org.id })).id, ['analyst'])
    for (const u of [friend.admin, friendCert, friendPartner, owner.admin]) {
      expect(await status(u.token, id)).toBe(200)
      expect(await listed(u.token, id)).toBe(true)
    }
    for (const u of [stranger.admin, strangerCert]) {
      expect(await status(u.token, id)).toBe(404)
      expect(await listed(u.token, id)).toBe(false)
    }
  })

  it('an edit that changes the chosen nations moves the audience with it', async () => {
    const owner = await makeNation(t)
    const first = await makeNation(t)
    const second = await makeNation(t)
    const saved = await t.req('POST', '/api/v1/capabilities', { token: owner.admin.token, body: capability([first.country]) })
    const id = saved.json<{ id: string }>().id
    const edited = await t.req('PUT', `/api/v1/capabilities/${id}`, { token: owner.admin.token, body: capability([second.country]) })
    expect(edited.statusCode, edited.body).toBe(200)
    const secondCert = await makeUser(t, (await makeOrg(t, { kind: 'cert', parentId: second.org.id })).id, ['analyst'])
    expect([await status(first.admin.token, id), await status(second.admin.token, id), await status(secondCert.token, id)]).toEqual([404, 200, 200])
  })

  it('migration 0320 moves a capability saved with a frozen audience to one resolved when read', async () => {
    const owner = await makeNation(t)
    const friend = await makeNation(t)
    const saved = await t.req('POST', '/api/v1/capabilities', { token: owner.admin.token, body: capability([friend.country]) })
    const id = saved.json<{ id: string }>().id
    // As the hub saved it before: AMBER+STRICT to the lending nation and the friend's organizations of the day.
    const frozen = await saveMarking(t.store.db, { tlp: 'AMBER+STRICT', audienceOrgs: [owner.org.id, friend.org.id], audienceUsers: [], originatorOrg: owner.org.id, originatorUser: owner.admin.id }, new Date().toISOString())
    await t.store.db.updateTable('capability').set({ marking_id: frozen }).where('id', '=', id).execute()
    const friendCert = await makeUser(t, (await makeOrg(t, { kind: 'cert', parentId: friend.org.id })).id, ['analyst'])
    expect(await status(friendCert.token, id)).toBe(404)
    await migrate0320(t.store.db as never, dialectHelpers(t.store.dialect))
    expect([await status(friendCert.token, id), await status(friend.admin.token, id), await status(owner.admin.token, id)]).toEqual([200, 200, 200])
    expect((await t.req('GET', `/api/v1/capabilities/${id}`, { token: owner.admin.token })).json<{ tlp: string }>().tlp).toBe('AMBER')
  })
})
