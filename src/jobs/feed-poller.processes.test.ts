/**
 * Two real hub processes on one PostgreSQL, both running the feed poller, and a real TAXII peer
 * (a third hub process): every feed is polled by one process at a time, so each page is imported
 * once; and no process writes the feed's credentials to its log.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../store/db'
import { NATS_URL, PG_URL, startCluster, type Cluster } from '../../test/processes'
import { startTaxiiPeer, type TaxiiPeer } from '../../test/taxii-peer'

const FEEDS = 6

describe.skipIf(!PG_URL || !NATS_URL)('feeds polled by two hub processes', () => {
  let cluster: Cluster
  let peer: TaxiiPeer
  beforeAll(async () => {
    peer = await startTaxiiPeer()
    await peer.add(0, 7)
    // Both processes run the poller (ROLES defaults to http,jobs), ticking often, with one key.
    cluster = await startCluster(2, { JOBS_POLL_MS: '100', FEED_SECRET_KEY: randomBytes(32).toString('hex'), LOG_LEVEL: 'info' })
  }, 90_000)
  afterAll(async () => {
    await cluster?.close()
    await peer?.close()
  }, 30_000)

  const call = async (base: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${cluster.adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    return { status: res.status, json: (await res.json()) as { id: string; state: { lastSuccessAt: string | null; lastError: string | null } } }
  }

  it('imports each page of each feed once, whichever process polls it', async () => {
    const [a, b] = cluster.processes
    const ids: string[] = []
    for (let i = 0; i < FEEDS; i++) {
      const created = await call(i % 2 === 0 ? a!.url : b!.url, 'POST', '/api/v1/intel/feeds', {
        name: `peer ${i}`, apiRoot: peer.apiRoot, collectionId: peer.collectionId, auth: { kind: 'basic', username: 'hub', password: peer.token }, pageSize: 2, pollSeconds: 3600, tlp: 'GREEN',
      })
      expect(created.status).toBe(201)
      ids.push(created.json.id)
    }
    // Wait until every feed has had its poll (the pollers run on their own).
    for (const id of ids) {
      for (let tries = 0; ; tries++) {
        const { json } = await call(a!.url, 'GET', `/api/v1/intel/feeds/${id}`)
        expect(json.state.lastError).toBeNull()
        if (json.state.lastSuccessAt !== null) break
        if (tries > 300) throw new Error(`feed ${id} was never polled`)
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    const store = await openStore({ databaseUrl: PG_URL, dataDir: '', pgSchema: cluster.env.DATABASE_SCHEMA! })
    try {
      // Seven objects in pages of two: four imports per feed, each in the audit trail once.
      const imports = await store.db.selectFrom('audit_log').select('subject').where('action', '=', 'intel.import').execute()
      for (const id of ids) expect(imports.filter((r) => r.subject === `feed:${id}`), id).toHaveLength(4)
      const rows = await store.db.selectFrom('intel_object').select('id').execute()
      expect(rows).toHaveLength(7)
    } finally {
      await store.close()
    }
    for (const p of cluster.processes) expect(p.output()).not.toContain(peer.token)
    // Both processes ran the poller (each logged the feeds it polled).
    expect(cluster.processes.map((p) => p.output().includes('feed polled'))).toEqual([true, true])
  }, 90_000)
})
