import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, ownToken, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'

/**
 * Authentication reads a token with its user in one query and the (unchanging) organization
 * chain from a cache: every change to a credential still counts on the very next request.
 */
describe.each(DIALECTS)('authentication on every request (%s)', (dialect) => {
  let t: TestHub
  let nation: { id: string }
  let nationAdmin: { token: string }
  beforeAll(async () => {
    t = await startTestHub(dialect)
    const ee = await makeNation(t)
    nation = ee.org
    nationAdmin = ee.admin
  })
  afterAll(() => t.close())

  const status = async (token: string) => (await t.req('GET', '/api/v1/me', { token })).statusCode

  it('refuses a token on the first request after its revocation', async () => {
    const user = await makeUser(t, nation.id)
    const { id: tokenId } = (await t.req('GET', `/api/v1/tokens?userId=${user.id}`)).json<{ id: string }[]>()[0]!
    expect(await status(user.token)).toBe(200)
    expect(await status(user.token)).toBe(200)
    expect((await t.req('DELETE', `/api/v1/tokens/${tokenId}`, { token: nationAdmin.token })).statusCode).toBe(200)
    expect(await status(user.token)).toBe(401)
    expect((await t.req('POST', '/api/v1/incidents', { token: user.token, body: {} })).statusCode).toBe(401)
  })

  it('refuses every token of a user on the first request after the user is disabled', async () => {
    const user = await makeUser(t, nation.id)
    expect(await status(user.token)).toBe(200)
    await t.store.db.updateTable('app_user').set({ disabled_at: t.clock.now().toISOString() }).where('id', '=', user.id).execute()
    expect(await status(user.token)).toBe(401)
  })

  it('refuses a token the moment it expires', async () => {
    const user = await makeUser(t, nation.id)
    const token = await ownToken(t, user.id, { name: 'short', expiresInDays: 1 })
    expect(await status(token)).toBe(200)
    t.clock.advance(24 * 3600_000)
    expect(await status(token)).toBe(401)
  })

  it('takes roles as stored now, not as they were when the token was first used', async () => {
    const user = await makeUser(t, nation.id, ['observer'])
    const me = async () => (await t.req('GET', '/api/v1/me', { token: user.token })).json<{ user: { roles: string[] } }>().user.roles
    expect(await me()).toEqual(['observer'])
    await t.store.db.updateTable('app_user').set({ roles: 'analyst' }).where('id', '=', user.id).execute()
    expect(await me()).toEqual(['analyst'])
  })

  it('gives each user its own organization chain, organizations admitted later included', async () => {
    const hubId = (await t.req('GET', '/api/v1/me')).json<{ org: { id: string } }>().org.id
    const first = await makeUser(t, nation.id)
    expect((await t.req('GET', '/api/v1/me', { token: first.token })).json<{ orgChain: string[] }>().orgChain).toEqual([nation.id, hubId])
    const cert = await makeOrg(t, { kind: 'cert', parentId: nation.id })
    const later = await makeUser(t, cert.id)
    const me = (await t.req('GET', '/api/v1/me', { token: later.token })).json<{ org: { id: string; kind: string }; orgChain: string[] }>()
    expect(me.org).toMatchObject({ id: cert.id, kind: 'cert' })
    expect(me.orgChain).toEqual([cert.id, nation.id, hubId])
  })
})
