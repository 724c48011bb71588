/**
 * Issue 13: the live feed accepts the session cookie as it accepts a token; ending the session
 * (or disabling its user) closes the socket (4001); a cookie from a page of another origin is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../test/hub'
import { openWs } from '../../test/live-client'
import { signInAs } from '../../test/signin'
import { DIALECTS } from '../../test/store'

/** A generous bound on waiting for a close event (not a timing assertion: the close must come at all). */
const GENEROUS_MS = 10_000

describe.each(DIALECTS)('live feed with a session cookie (%s)', (dialect) => {
  let t: TestHub
  let base: string
  let nationId: string

  beforeAll(async () => {
    t = await startTestHub(dialect)
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
    nationId = (await makeNation(t)).org.id
  })
  afterAll(() => t.close())

  const wsUrl = () => `${base.replace('http', 'ws')}/api/v1/live`

  it('authenticates by cookie and closes with 4001 when the user ends that session elsewhere', async () => {
    const user = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    const ws = openWs(wsUrl(), undefined, { cookie: s.headers.cookie, origin: base })
    expect((await ws.waitFor((f) => f.kind === 'authenticated')) as unknown).toMatchObject({ userId: user.id })
    const end = await t.req('DELETE', `/api/v1/me/sessions/${s.sessionId}`, { token: user.token })
    expect(end.statusCode, end.body).toBe(200)
    const closed = await Promise.race([ws.closed, new Promise((r) => setTimeout(() => r('still open'), GENEROUS_MS))])
    expect(closed).toEqual({ code: 4001, reason: 'session ended' })
  })

  it('disabling the user closes their open WebSocket, by cookie and by token alike, and leaves others open', async () => {
    const user = await makeUser(t, nationId)
    const bystander = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    const byCookie = openWs(wsUrl(), undefined, { cookie: s.headers.cookie, origin: base })
    const byToken = openWs(wsUrl(), user.token)
    const stays = openWs(wsUrl(), bystander.token)
    for (const ws of [byCookie, byToken, stays]) await ws.waitFor((f) => f.kind === 'authenticated')
    const off = await t.req('POST', `/api/v1/users/${user.id}/disable`)
    expect(off.statusCode, off.body).toBe(200)
    const bound = (ws: ReturnType<typeof openWs>) => Promise.race([ws.closed, new Promise((r) => setTimeout(() => r('still open'), GENEROUS_MS))])
    expect(await bound(byCookie)).toEqual({ code: 4001, reason: 'user disabled' })
    expect(await bound(byToken)).toEqual({ code: 4001, reason: 'user disabled' })
    expect(stays.ws.readyState).toBe(stays.ws.OPEN)
    stays.ws.close()
  })

  it('refuses a cookie sent from a page of another origin', async () => {
    const user = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    const ws = openWs(wsUrl(), undefined, { cookie: s.headers.cookie, origin: 'https://evil.example' })
    const closed = await Promise.race([ws.closed, new Promise((r) => setTimeout(() => r('still open'), GENEROUS_MS))])
    expect(closed).toMatchObject({ code: 4001 })
    expect(ws.frames.map((f) => f.kind)).not.toContain('authenticated')
  })
})
