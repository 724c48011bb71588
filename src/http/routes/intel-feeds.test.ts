import { setUpExercise } from '../../../test/exercises'
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { countRows, DIALECTS } from '../../../test/store'
import type { FeedView } from '../../domain/intel'

type Nation = Awaited<ReturnType<typeof makeNation>>

/** A real HTTP server that answers every request with what `answer` says (a peer answering garbage). */
async function fakePeer(answer: { status: number; type: string; body: string }): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/taxii2/api/`, server }
}

const feedBody = (over: Record<string, unknown> = {}) => ({
  name: 'partner feed', apiRoot: 'http://127.0.0.1:9/taxii2/api/', collectionId: 'c0ffee00-0000-4000-8000-000000000001', auth: { kind: 'bearer', token: 'peer-token-XYZ' }, ...over,
})

describe.each(DIALECTS)('intel feeds API (%s)', (dialect) => {
  let t: TestHub
  let nation: Nation
  let other: Nation
  beforeAll(async () => {
    t = await startTestHub(dialect, { env: { FEED_SECRET_KEY: randomBytes(32).toString('hex'), FEED_TIMEOUT_MS: '5000' } })
    nation = await makeNation(t)
    other = await makeNation(t)
  })
  afterAll(() => t.close())

  const create = async (n: Nation, over: Record<string, unknown> = {}) => {
    const res = await t.req('POST', '/api/v1/intel/feeds', { token: n.admin.token, body: feedBody(over) })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<FeedView>()
  }

  it('creates a feed due at once, with defaults, and never answers its credentials', async () => {
    const feed = await create(nation)
    expect(feed).toMatchObject({ orgId: nation.org.id, auth: 'bearer', pollSeconds: 3600, pageSize: 1000, tlp: 'AMBER+STRICT', audienceOrgs: [], incidentId: null })
    expect(feed.state).toMatchObject({ nextPollAt: t.clock.now().toISOString(), failures: 0, objectsAdded: 0, lastError: null, paging: false, polling: false })
    const shown = await t.req('GET', `/api/v1/intel/feeds/${feed.id}`, { token: nation.admin.token })
    expect(shown.statusCode).toBe(200)
    expect(shown.body).not.toContain('peer-token-XYZ')
  })

  it.each([
    ['credentials in the URL', { apiRoot: 'https://user:pw@peer.example/taxii2/' }, 'bad_feed_url', '/apiRoot'],
    ['a URL of another scheme', { apiRoot: 'ftp://peer.example/taxii2/' }, 'bad_feed_url', '/apiRoot'],
    ['a query in the API root', { apiRoot: 'https://peer.example/taxii2/?x=1' }, 'bad_feed_url', '/apiRoot'],
    ['a collection id with a slash', { collectionId: '../other' }, 'bad_feed_url', '/collectionId'],
    ['bearer auth without a token', { auth: { kind: 'bearer' } }, 'bad_feed_auth', '/auth/token'],
    ['basic auth without a password', { auth: { kind: 'basic', username: 'u' } }, 'bad_feed_auth', '/auth/password'],
    ['auth none with a token', { auth: { kind: 'none', token: 'x' } }, 'bad_feed_auth', '/auth'],
    ['an unknown audience organization', { audienceOrgs: ['no such org'] }, 'unknown_org', '/audienceOrgs/0'],
  ])('refuses %s with a 422 naming the field, and writes nothing', async (_name, over, code, pointer) => {
    const before = await countRows(t.store, 'intel_feed')
    const res = await t.req('POST', '/api/v1/intel/feeds', { token: nation.admin.token, body: feedBody(over) })
    expect(res.statusCode, res.body).toBe(422)
    expect(res.json<{ code: string; errors: { pointer: string }[] }>()).toMatchObject({ code, errors: [{ pointer }] })
    expect(await countRows(t.store, 'intel_feed')).toBe(before)
  })

  it('only an organization’s admin subscribes it; other roles are refused', async () => {
    for (const roles of [['poc'], ['analyst'], ['observer']] as const) {
      const u = await makeUser(t, nation.org.id, [...roles])
      const res = await t.req('POST', '/api/v1/intel/feeds', { token: u.token, body: feedBody() })
      expect(res.statusCode, roles.join()).toBe(403)
    }
  })

  it('another organization’s admin cannot see, change, poll or remove a feed: it answers as a missing one', async () => {
    const feed = await create(nation)
    for (const [method, url, body] of [
      ['GET', `/api/v1/intel/feeds/${feed.id}`, undefined],
      ['PATCH', `/api/v1/intel/feeds/${feed.id}`, { name: 'mine now' }],
      ['POST', `/api/v1/intel/feeds/${feed.id}/poll`, undefined],
      ['DELETE', `/api/v1/intel/feeds/${feed.id}`, undefined],
    ] as const) {
      const res = await t.req(method, url, { token: other.admin.token, ...(body ? { body } : {}) })
      expect(res.statusCode, `${method} ${url}`).toBe(404)
    }
    const listed = await t.req('GET', '/api/v1/intel/feeds', { token: other.admin.token })
    expect(listed.json<FeedView[]>().map((f) => f.id)).not.toContain(feed.id)
    // Even an admin of a CERT under the nation is another organization.
    const cert = await makeUser(t, (await makeOrg(t, { kind: 'cert', parentId: nation.org.id })).id, ['admin'])
    expect((await t.req('GET', `/api/v1/intel/feeds/${feed.id}`, { token: cert.token })).statusCode).toBe(404)
  })

  it('a coordinator reads every feed’s state but changes none', async () => {
    const feed = await create(nation)
    const hubCoordinator = t.adminToken
    const listed = await t.req('GET', '/api/v1/intel/feeds', { token: hubCoordinator })
    expect(listed.json<FeedView[]>().map((f) => f.id)).toContain(feed.id)
    expect((await t.req('GET', `/api/v1/intel/feeds/${feed.id}`, { token: hubCoordinator })).statusCode).toBe(200)
    expect((await t.req('PATCH', `/api/v1/intel/feeds/${feed.id}`, { token: hubCoordinator, body: { name: 'x' } })).statusCode).toBe(403)
  })

  it('a change of place starts the cursor afresh; new credentials are sealed anew; both are audited without them', async () => {
    const feed = await create(nation)
    await t.store.db.updateTable('intel_feed').set({ added_after: '2026-02-01T00:00:00.000Z', next_poll_at: '2026-04-01T00:00:00.000Z' }).where('id', '=', feed.id).execute()
    const sealedBefore = (await t.store.db.selectFrom('intel_feed').select('sealed_secret').where('id', '=', feed.id).executeTakeFirstOrThrow()).sealed_secret
    const renamed = await t.req('PATCH', `/api/v1/intel/feeds/${feed.id}`, { token: nation.admin.token, body: { name: 'renamed', pollSeconds: 120 } })
    expect(renamed.json<FeedView>()).toMatchObject({ name: 'renamed', pollSeconds: 120, state: { addedAfter: '2026-02-01T00:00:00.000Z' } })
    const moved = await t.req('PATCH', `/api/v1/intel/feeds/${feed.id}`, {
      token: nation.admin.token,
      body: { apiRoot: 'https://elsewhere.example/taxii2/api2', auth: { kind: 'basic', username: 'me', password: 'pw-SECRET-123' } },
    })
    expect(moved.statusCode, moved.body).toBe(200)
    expect(moved.json<FeedView>()).toMatchObject({ apiRoot: 'https://elsewhere.example/taxii2/api2/', auth: 'basic', state: { addedAfter: null, nextPollAt: t.clock.now().toISOString() } })
    const sealedAfter = (await t.store.db.selectFrom('intel_feed').select('sealed_secret').where('id', '=', feed.id).executeTakeFirstOrThrow()).sealed_secret
    expect(sealedAfter).not.toBe(sealedBefore)
    expect(sealedAfter).not.toContain('pw-SECRET-123')
    const audit = await t.store.db.selectFrom('audit_log').select(['action', 'detail']).where('subject', '=', feed.id).orderBy('seq').execute()
    expect(audit.map((a) => a.action)).toEqual(['intel.feed.create', 'intel.feed.update', 'intel.feed.update'])
    expect(JSON.stringify(audit)).not.toMatch(/pw-SECRET-123|peer-token-XYZ/)
  })

  it('removing a feed answers it as it was; then it is gone', async () => {
    const feed = await create(nation)
    const removed = await t.req('DELETE', `/api/v1/intel/feeds/${feed.id}`, { token: nation.admin.token })
    expect(removed.json<FeedView>().id).toBe(feed.id)
    expect((await t.req('GET', `/api/v1/intel/feeds/${feed.id}`, { token: nation.admin.token })).statusCode).toBe(404)
  })

  it.each([
    ['HTML instead of TAXII', { status: 200, type: 'text/html', body: '<html>hello</html>' }, /not application\/taxii\+json/],
    ['JSON that is no envelope', { status: 200, type: 'application/taxii+json;version=2.1', body: '{"objects":"many"}' }, /no TAXII envelope/],
    ['a body that is not JSON', { status: 200, type: 'application/taxii+json;version=2.1', body: '{"objects":[' }, /not JSON/],
    ['a server error', { status: 503, type: 'text/plain', body: 'down for maintenance' }, /HTTP 503/],
  ])('a peer answering %s leaves an error state, never a crash', async (_name, answer, message) => {
    const peer = await fakePeer(answer)
    try {
      const feed = await create(nation, { apiRoot: peer.url })
      const res = await t.req('POST', `/api/v1/intel/feeds/${feed.id}/poll`, { token: nation.admin.token })
      expect(res.statusCode, res.body).toBe(200)
      const state = res.json<FeedView>().state
      expect(state.lastError).toMatch(message)
      expect(state).toMatchObject({ failures: 1, objectsAdded: 0, lastSuccessAt: null, polling: false, lastErrorAt: t.clock.now().toISOString() })
    } finally {
      peer.server.close()
    }
  })

  it('a peer whose answer breaks off in the middle of the page is an error state, and nothing of the page is imported', async () => {
    const half = '{"more":false,"objects":[{"type":"indicator","spec_version":"2.1","id":"indicator--7e1d0000-0000-4000-8000-00000000abcd"'
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/taxii+json;version=2.1', 'content-length': String(half.length * 2) })
      res.write(half, () => res.destroy())
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const feed = await create(nation, { apiRoot: `http://127.0.0.1:${(server.address() as { port: number }).port}/taxii2/api/` })
      const state = (await t.req('POST', `/api/v1/intel/feeds/${feed.id}/poll`, { token: nation.admin.token })).json<FeedView>().state
      expect(state.lastError).toMatch(/^the peer's answer broke off/)
      expect(state).toMatchObject({ objectsAdded: 0, failures: 1 })
    } finally {
      server.close()
    }
  })

  it('keeps the valid objects of a page and counts the invalid ones in the state', async () => {
    const valid = { type: 'indicator', spec_version: '2.1', id: 'indicator--7e1d0000-0000-4000-8000-0000000f00d1', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', pattern: "[domain-name:value = 'feed-test.example']", pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z' }
    const invalid = { type: 'indicator', spec_version: '2.1', id: 'indicator--7e1d0000-0000-4000-8000-0000000f00d2' }
    const peer = await fakePeer({ status: 200, type: 'application/taxii+json;version=2.1', body: JSON.stringify({ more: false, objects: [valid, invalid] }) })
    try {
      const feed = await create(nation, { apiRoot: peer.url })
      const state = (await t.req('POST', `/api/v1/intel/feeds/${feed.id}/poll`, { token: nation.admin.token })).json<FeedView>().state
      expect(state).toMatchObject({ lastError: null, failures: 0, objectsAdded: 1, lastPollAdded: 1, lastPollRejected: 1 })
    } finally {
      peer.server.close()
    }
  })

  it('an unreachable peer is an error state', async () => {
    const feed = await create(nation, { apiRoot: 'http://127.0.0.1:9/taxii2/api/' })
    const state = (await t.req('POST', `/api/v1/intel/feeds/${feed.id}/poll`, { token: nation.admin.token })).json<FeedView>().state
    expect(state.lastError).toMatch(/could not be reached/)
  })

  it('a feed lives in the world it was created in: another world does not list or find it', async () => {
    const feed = await create(nation)
    const drillId = await setUpExercise(t, 'feeds drill', [nation.country])
    const exercise = { 'shieldwall-exercise': drillId }
    expect((await t.req('GET', `/api/v1/intel/feeds/${feed.id}`, { token: nation.admin.token, headers: exercise })).statusCode).toBe(404)
    expect((await t.req('GET', '/api/v1/intel/feeds', { token: nation.admin.token, headers: exercise })).json<FeedView[]>()).toEqual([])
    const drill = await t.req('POST', '/api/v1/intel/feeds', { token: nation.admin.token, headers: exercise, body: feedBody({ name: 'drill feed' }) })
    expect(drill.statusCode).toBe(201)
    const row = await t.store.db.selectFrom('intel_feed').select('exercise_id').where('id', '=', drill.json<FeedView>().id).executeTakeFirstOrThrow()
    expect(row.exercise_id).toBe(drillId)
    const real = await t.req('GET', '/api/v1/intel/feeds', { token: nation.admin.token })
    expect(real.json<FeedView[]>().map((f) => f.name)).not.toContain('drill feed')
  })

  it('a peer that never answers is cut off at FEED_TIMEOUT_MS: an error state', async () => {
    const silent = createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const settings = t.hub.deps.feeds!
    const timeoutMs = settings.timeoutMs
    settings.timeoutMs = 300
    try {
      const feed = await create(nation, { apiRoot: `http://127.0.0.1:${(silent.address() as { port: number }).port}/taxii2/api/` })
      const state = (await t.req('POST', `/api/v1/intel/feeds/${feed.id}/poll`, { token: nation.admin.token })).json<FeedView>().state
      expect(state.lastError).toBe('the peer did not answer within 300 ms')
    } finally {
      settings.timeoutMs = timeoutMs
      silent.closeAllConnections()
      silent.close()
    }
  })

  it('poll now refuses (409) while a process is polling the feed', async () => {
    const feed = await create(nation)
    const until = new Date(t.clock.now().getTime() + 60_000).toISOString()
    await t.store.db.updateTable('intel_feed').set({ claimed_by: 'another-process', claimed_until: until }).where('id', '=', feed.id).execute()
    const res = await t.req('POST', `/api/v1/intel/feeds/${feed.id}/poll`, { token: nation.admin.token })
    expect(res.statusCode).toBe(409)
    expect(res.json<{ code: string }>().code).toBe('feed_busy')
    expect((await t.req('GET', `/api/v1/intel/feeds/${feed.id}`, { token: nation.admin.token })).json<FeedView>().state.polling).toBe(true)
  })
})
