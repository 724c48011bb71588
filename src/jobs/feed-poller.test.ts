/**
 * Feeds against a real peer: a second hub process serving TAXII 2.1. The subscribing hub runs in
 * process on each database with a manual clock; its poller is driven with pollDue().
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, startTestHub, type TestHub } from '../../test/hub'
import { DIALECTS } from '../../test/store'
import { startTaxiiPeer, type TaxiiPeer } from '../../test/taxii-peer'
import { loadConfig } from '../config'
import { createLogger } from '../core/logger'
import { FIRST_RETRY_MS, feeds, type FeedView } from '../domain/intel'
import { createHub, type Hub } from '../hub'

type Nation = Awaited<ReturnType<typeof makeNation>>

describe.each(DIALECTS)('intel feeds polling a real TAXII peer (%s)', (dialect) => {
  let t: TestHub
  let peer: TaxiiPeer
  const env = { FEED_SECRET_KEY: randomBytes(32).toString('hex'), FEED_TIMEOUT_MS: '10000' }
  beforeAll(async () => {
    peer = await startTaxiiPeer()
    await peer.add(0, 7)
    t = await startTestHub(dialect, { env })
  }, 60_000)
  afterAll(async () => {
    await t?.close()
    await peer?.close()
  })

  async function subscribe(nation: Nation, body: Record<string, unknown> = {}): Promise<FeedView> {
    const res = await t.req('POST', '/api/v1/intel/feeds', {
      token: nation.admin.token,
      body: { name: 'peer', apiRoot: peer.apiRoot, collectionId: peer.collectionId, auth: { kind: 'bearer', token: peer.token }, pageSize: 3, pollSeconds: 600, tlp: 'AMBER', ...body },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<FeedView>()
  }
  const state = async (nation: Nation, id: string) => (await t.req('GET', `/api/v1/intel/feeds/${id}`, { token: nation.admin.token })).json<FeedView>().state
  /** The rows the organization holds: one per object version, so a duplicate would show. */
  const heldRows = async (orgId: string) => {
    const rows = await t.store.db.selectFrom('intel_object').select(['id', 'modified']).where('org_id', '=', orgId).execute()
    return { rows: rows.length, ids: new Set(rows.map((r) => r.id)).size }
  }
  const advance = (ms: number) => t.clock.advance(ms)
  const pollOnly = async (feedId: string) => (await t.hub.feeds.pollDue()).filter((o) => o.feedId === feedId)

  it('first poll follows next through every page and imports all; the next poll asks only for what was added since', async () => {
    const nation = await makeNation(t)
    const feed = await subscribe(nation)
    const [first] = await pollOnly(feed.id)
    expect(first).toMatchObject({ ok: true, pages: 3, added: 7, error: null })
    const s1 = await state(nation, feed.id)
    expect(s1).toMatchObject({ objectsAdded: 7, lastPollAdded: 7, failures: 0, lastError: null, paging: false, polling: false, lastSuccessAt: t.clock.now().toISOString() })
    expect(s1.nextPollAt).toBe(new Date(t.clock.now().getTime() + 600_000).toISOString())
    expect(s1.addedAfter).not.toBeNull()
    expect(await heldRows(nation.org.id)).toEqual({ rows: 7, ids: 7 })

    // Not due yet: nothing happens.
    expect(await pollOnly(feed.id)).toEqual([])
    await peer.add(100, 2)
    advance(600_000)
    const [second] = await pollOnly(feed.id)
    // One page: only the two new objects were asked for and sent.
    expect(second).toMatchObject({ ok: true, pages: 1, added: 2 })
    expect(await state(nation, feed.id)).toMatchObject({ objectsAdded: 9, lastPollAdded: 2 })
    expect(await heldRows(nation.org.id)).toEqual({ rows: 9, ids: 9 })
  })

  it('marks what it imports with the feed’s level and audience: another nation sees none of an AMBER feed', async () => {
    const nation = await makeNation(t)
    const other = await makeNation(t)
    const feed = await subscribe(nation)
    await pollOnly(feed.id)
    const mine = await t.req('GET', '/api/v1/intel/objects?limit=100', { token: nation.admin.token })
    const objects = mine.json<{ objects: { id: string; orgId: string; tlp: string }[] }>().objects.filter((o) => o.orgId === nation.org.id)
    // The peer marked them GREEN; the feed's AMBER is the floor.
    expect(objects.length).toBe(9)
    expect(new Set(objects.map((o) => o.tlp))).toEqual(new Set(['AMBER']))
    const theirs = await t.req('GET', '/api/v1/intel/objects?limit=1000', { token: other.admin.token })
    expect(theirs.json<{ objects: { orgId: string }[] }>().objects.filter((o) => o.orgId === nation.org.id)).toEqual([])
    expect((await t.req('GET', `/api/v1/intel/objects/${objects[0]!.id}`, { token: other.admin.token })).statusCode).toBe(404)
  })

  it('the peer going down mid-pagination: an error state with backoff, then the cursor resumes with nothing lost or repeated', async () => {
    const nation = await makeNation(t)
    const feed = await subscribe(nation)
    const settings = t.hub.deps.feeds!
    let requests = 0
    // The real peer process is stopped just before the poll's second page is asked for.
    settings.fetch = async (input, init) => {
      if (++requests === 2) await peer.stop()
      return fetch(input, init)
    }
    try {
      const [cut] = await pollOnly(feed.id)
      expect(cut).toMatchObject({ ok: false, pages: 1, added: 3 })
      expect(cut!.error).toMatch(/could not be reached/)
      const s1 = await state(nation, feed.id)
      expect(s1).toMatchObject({ failures: 1, paging: true, objectsAdded: 3, lastSuccessAt: null })
      expect(s1.lastError).toMatch(/could not be reached/)
      expect(s1.nextPollAt).toBe(new Date(t.clock.now().getTime() + FIRST_RETRY_MS).toISOString())

      // Still down at the retry: the wait doubles.
      advance(FIRST_RETRY_MS)
      expect((await pollOnly(feed.id))[0]).toMatchObject({ ok: false })
      const s2 = await state(nation, feed.id)
      expect(s2).toMatchObject({ failures: 2, paging: true, objectsAdded: 3 })
      expect(s2.nextPollAt).toBe(new Date(t.clock.now().getTime() + 2 * FIRST_RETRY_MS).toISOString())

      await peer.start()
      advance(2 * FIRST_RETRY_MS)
      const [resumed] = await pollOnly(feed.id)
      // Pages 2 and 3 of the first pass and the later page: the first page was not asked for again.
      expect(resumed).toMatchObject({ ok: true, pages: 2, added: 6 })
      expect(await state(nation, feed.id)).toMatchObject({ failures: 0, lastError: null, paging: false, objectsAdded: 9 })
      expect(await heldRows(nation.org.id)).toEqual({ rows: 9, ids: 9 })
    } finally {
      delete settings.fetch
      await peer.start()
    }
  }, 60_000)

  it('a subscriber hub restarted mid-pagination resumes from the cursor in its database', async () => {
    const nation = await makeNation(t)
    const feed = await subscribe(nation)
    const settings = t.hub.deps.feeds!
    let requests = 0
    settings.fetch = async (input, init) => {
      if (++requests === 3) await peer.stop()
      return fetch(input, init)
    }
    let restarted: Hub | null = null
    try {
      expect((await pollOnly(feed.id))[0]).toMatchObject({ ok: false, pages: 2, added: 6 })
      // A new hub process on the same database: nothing of the poll survives but its rows.
      restarted = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http', ...env }), { store: t.store, clock: t.clock, logger: createLogger('silent') })
      await peer.start()
      advance(FIRST_RETRY_MS)
      const [resumed] = (await restarted.feeds.pollDue()).filter((o) => o.feedId === feed.id)
      // The three objects after the second page, in one page: not the three pages from the start.
      expect(resumed).toMatchObject({ ok: true, pages: 1, added: 3 })
      expect(await heldRows(nation.org.id)).toEqual({ rows: 9, ids: 9 })
    } finally {
      delete settings.fetch
      await restarted?.close()
      await peer.start()
    }
  }, 60_000)

  it('wrong credentials: an error state naming the refusal, nothing imported', async () => {
    const nation = await makeNation(t)
    const feed = await subscribe(nation, { auth: { kind: 'basic', username: 'x', password: `sw_${'A'.repeat(43)}` } })
    const [o] = await pollOnly(feed.id)
    expect(o).toMatchObject({ ok: false, added: 0 })
    const s = await state(nation, feed.id)
    expect(s.lastError).toMatch(/HTTP 401 \(the feed’s credentials were refused\)/)
    expect(s).toMatchObject({ failures: 1, objectsAdded: 0, lastSuccessAt: null })
    expect(await heldRows(nation.org.id)).toEqual({ rows: 0, ids: 0 })
  })

  it('keeps the credentials sealed in the database and out of answers and audit entries', async () => {
    const nation = await makeNation(t)
    const feed = await subscribe(nation)
    const row = await t.store.db.selectFrom('intel_feed').selectAll().where('id', '=', feed.id).executeTakeFirstOrThrow()
    expect(row.sealed_secret).toMatch(/^v1\./)
    expect(JSON.stringify(row)).not.toContain(peer.token)
    expect(JSON.stringify(feed)).not.toContain(peer.token)
    const audit = await t.store.db.selectFrom('audit_log').selectAll().execute()
    expect(audit.some((a) => a.subject === feed.id)).toBe(true)
    expect(JSON.stringify(audit)).not.toContain(peer.token)
    const list = await t.req('GET', '/api/v1/intel/feeds', { token: nation.admin.token })
    expect(list.body).not.toContain(peer.token)
  })

  it('two pollers racing for the same due feed: one polls it, the other finds it claimed', async () => {
    const nation = await makeNation(t)
    const feed = await subscribe(nation)
    const [a, b] = await Promise.all([feeds.pollDueFeeds(t.hub.deps, 'process-a'), feeds.pollDueFeeds(t.hub.deps, 'process-b')])
    const polls = [...a!, ...b!].filter((o) => o.feedId === feed.id)
    expect(polls).toHaveLength(1)
    expect(polls[0]).toMatchObject({ ok: true, added: 9 })
    // One import per page with objects, by one poller: a second poll would have left more.
    const imports = await t.store.db.selectFrom('audit_log').select('subject').where('action', '=', 'intel.import').where('subject', '=', `feed:${feed.id}`).execute()
    expect(imports).toHaveLength(3)
  })
})
