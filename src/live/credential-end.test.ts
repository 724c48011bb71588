/**
 * Issue 10, defect 2: a live connection does not outlive its token. Revoking the token, disabling
 * its user, or the token reaching its expiry ends that token's open WebSocket (close 4001) and SSE
 * streams within seconds, and only those; the credential event itself never reaches a subscriber.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueOwnToken, makeNation, makeUser, startTestHub, type TestHub } from '../../test/hub'
import { openSse, openWs, subscribeWs } from '../../test/live-client'
import { DIALECTS } from '../../test/store'

const SECONDS = 1_000

/** Resolves with the value, or rejects after `ms`: "within seconds" made a test. */
const within = <T>(ms: number, p: Promise<T>): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))])

describe.each(DIALECTS)('live connections end with their credential (%s)', (dialect) => {
  let t: TestHub
  let base: string
  let nationId: string

  beforeAll(async () => {
    t = await startTestHub(dialect, { live: { heartbeatMs: 200 } })
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
    nationId = (await makeNation(t)).org.id
  })
  afterAll(() => t.close())

  /** A second token for the same user, issued by that user (nobody else may). */
  const anotherToken = (userId: string, body: { expiresInDays?: number } = {}) => issueOwnToken(t, userId, { name: 'second', ...body })
  const tokenIdOf = async (userId: string, except: string[] = []) =>
    (await t.req('GET', `/api/v1/tokens?userId=${userId}`)).json<{ id: string }[]>().map((x) => x.id).find((id) => !except.includes(id))!
  /** Something every member sees (the directory is GREEN), to prove a connection still delivers. */
  const admitAnOrg = async () => {
    const res = await t.req('POST', '/api/v1/orgs', { body: { name: `agency-${Math.random().toString(36).slice(2)}`, kind: 'agency', parentId: nationId } })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>().id
  }

  it('revoking a token ends its WebSocket and SSE streams with 4001, and leaves the user’s other token connected', async () => {
    const user = await makeUser(t, nationId)
    const first = await tokenIdOf(user.id)
    const second = await anotherToken(user.id)
    const ws = await subscribeWs(base, user.token)
    const sse = await openSse(base, user.token)
    const other = await subscribeWs(base, second.token)
    const started = Date.now()
    expect((await t.req('DELETE', `/api/v1/tokens/${first}`)).statusCode).toBe(200)
    expect(await within(3 * SECONDS, ws.closed)).toEqual({ code: 4001, reason: 'token revoked' })
    expect(await within(3 * SECONDS, sse.closed)).toEqual({ code: 4001, reason: 'token revoked' })
    const tookMs = Date.now() - started
    expect(tookMs).toBeLessThan(3 * SECONDS)
    // The other token's connection is untouched and still delivers, and the revocation was no frame of its own.
    const orgId = await admitAnOrg()
    await other.waitFor((f) => f.event?.type === 'org.admitted' && (f.event.payload as { id: string }).id === orgId)
    expect(other.events().map((e) => e.type)).not.toContain('credential.revoked')
    // Nor is it replayed to a subscriber resuming from the start of history.
    const resumed = await subscribeWs(base, second.token, {}, 0)
    await resumed.waitFor((f) => f.event?.type === 'org.admitted' && (f.event.payload as { id: string }).id === orgId)
    expect(resumed.events().map((e) => e.type)).not.toContain('credential.revoked')
    other.ws.close()
    resumed.ws.close()
  })

  it('disabling a user ends every connection of theirs with 4001 and refuses their tokens, others stay', async () => {
    const user = await makeUser(t, nationId)
    const second = await anotherToken(user.id)
    const bystander = await makeUser(t, nationId)
    const ws = await subscribeWs(base, user.token)
    const sse = await openSse(base, second.token)
    const stays = await subscribeWs(base, bystander.token)
    const res = await t.req('POST', `/api/v1/users/${user.id}/disable`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<{ disabledAt: string | null }>().disabledAt).not.toBeNull()
    expect(await within(3 * SECONDS, ws.closed)).toEqual({ code: 4001, reason: 'user disabled' })
    expect(await within(3 * SECONDS, sse.closed)).toEqual({ code: 4001, reason: 'user disabled' })
    expect((await t.req('GET', '/api/v1/me', { token: user.token })).statusCode).toBe(401)
    expect((await t.req('GET', '/api/v1/me', { token: second.token })).statusCode).toBe(401)
    expect((await openWs(`${base.replace('http', 'ws')}/api/v1/live`, user.token).closed).code).toBe(4001)
    const orgId = await admitAnOrg()
    await stays.waitFor((f) => f.event?.type === 'org.admitted' && (f.event.payload as { id: string }).id === orgId)
    stays.ws.close()
  })

  it('only an admin over the user disables it, never oneself, and a second time is a conflict', async () => {
    const user = await makeUser(t, nationId)
    const admin = await makeUser(t, nationId, ['admin'])
    const other = await makeNation(t)
    expect((await t.req('POST', `/api/v1/users/${user.id}/disable`, { token: other.admin.token })).statusCode).toBe(404)
    expect((await t.req('POST', `/api/v1/users/${user.id}/disable`, { token: user.token })).statusCode).toBe(409)
    expect((await t.req('POST', `/api/v1/users/${admin.id}/disable`, { token: admin.token })).json<{ code: string }>().code).toBe('cannot_disable_self')
    expect((await t.req('POST', `/api/v1/users/${user.id}/disable`, { token: admin.token })).statusCode).toBe(200)
    expect((await t.req('POST', `/api/v1/users/${user.id}/disable`, { token: admin.token })).json<{ code: string }>().code).toBe('already_disabled')
    expect((await t.req('POST', '/api/v1/users/not-a-uuid/disable')).statusCode).toBe(400)
  })

  it('a token reaching its expiry ends its connections with 4001 at that moment (timer per connection)', async () => {
    const user = await makeUser(t, nationId)
    const expiring = await anotherToken(user.id, { expiresInDays: 1 })
    // Brought forward to 1.5 s from the hub's (manual) now, so that the test waits seconds, not a day.
    const expiresAt = new Date(t.clock.now().getTime() + 1_500).toISOString()
    await t.store.db.updateTable('api_token').set({ expires_at: expiresAt }).where('id', '=', expiring.info.id).execute()
    const ws = await subscribeWs(base, expiring.token)
    const sse = await openSse(base, expiring.token)
    const stays = await subscribeWs(base, user.token)
    expect(await within(4 * SECONDS, ws.closed)).toEqual({ code: 4001, reason: 'token expired' })
    expect(await within(4 * SECONDS, sse.closed)).toEqual({ code: 4001, reason: 'token expired' })
    expect(stays.ws.readyState).toBe(stays.ws.OPEN)
    stays.ws.close()
  })

  it('a token whose expiry the hub’s clock passes is ended by the heartbeat sweep', async () => {
    const user = await makeUser(t, nationId)
    const expiring = await anotherToken(user.id, { expiresInDays: 1 })
    const ws = await subscribeWs(base, expiring.token)
    const stays = await subscribeWs(base, user.token)
    t.clock.advance(25 * 3_600_000)
    expect(await within(3 * SECONDS, ws.closed)).toEqual({ code: 4001, reason: 'token expired' })
    expect(stays.ws.readyState).toBe(stays.ws.OPEN)
    expect((await t.req('GET', '/api/v1/me', { token: expiring.token })).statusCode).toBe(401)
    stays.ws.close()
  })
})
