/**
 * An intel feed polling a TAXII 2.1 peer over HTTP on loopback: the peer is a hub (createHub,
 * listening on 127.0.0.1) holding N GREEN indicators in its "all" collection; the subscriber is a
 * second hub on a store of its own, whose feed pages through them (pages of 1,000, following
 * `next`) and imports each page through the intel import path. Figure: objects/s of the whole
 * poll. Baseline in the same run: the intel capability's own import (importStixObjects) of the
 * same number of objects, as pages of 1,000 already in memory, by another member of the
 * subscriber (distinct values, so neither raises correlations). The ratio is the cost of the
 * feed: HTTP, TAXII parsing and the cursor kept per page.
 * SQLite on a file always; PostgreSQL too when TEST_DATABASE_URL is set.
 */
import { randomBytes } from 'node:crypto'
import { createReadStream, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLogger } from '../src/core/logger'
import { loadConfig } from '../src/config'
import { collectionIdOf, feeds, intel } from '../src/domain/intel'
import { members, type Actor } from '../src/domain/members'
import { createHub, type Hub } from '../src/hub'
import { generatedIndicator, writeIndicatorBundle } from '../test/intel-bundles'
import { openBenchStore, type BenchStore } from './bench-store'
import { fmt } from './stats'

const OBJECTS = Number(process.env.BENCH_FEED_OBJECTS ?? 20_000)
const PAGE = 1_000

async function hubOn(dialect: 'sqlite' | 'postgres', dir: string, name: string): Promise<{ hub: Hub; store: BenchStore; admin: Actor }> {
  const store = await openBenchStore(dialect, dir, name)
  const hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http', FEED_SECRET_KEY: randomBytes(32).toString('hex') }), { store, logger: createLogger('silent') })
  return { hub, store, admin: await members.authenticate(hub.deps, hub.firstAdminToken!) }
}

/** An admin of a new nation of the subscriber hub. */
async function nationAdmin(hub: Hub, hubAdmin: Actor, country: string): Promise<Actor> {
  const nation = await members.admitOrg(hub.deps, hubAdmin, { name: `bench-${country}`, kind: 'nation', country })
  const user = await members.addUser(hub.deps, hubAdmin, { orgId: nation.id, email: `admin-${country}@example.org`, displayName: 'Admin', roles: ['admin'] })
  return members.actorFor(hub.deps.db, user)
}

async function measure(dialect: 'sqlite' | 'postgres', dir: string): Promise<void> {
  const peer = await hubOn(dialect, dir, 'feed_peer')
  const sub = await hubOn(dialect, dir, 'feed_sub')
  try {
    const url = await peer.hub.app.listen({ host: '127.0.0.1', port: 0 })
    const file = join(dir, `feed-${OBJECTS}.json`)
    await writeIndicatorBundle(file, OBJECTS)
    await intel.importBundle(peer.hub.deps, peer.admin, createReadStream(file, { highWaterMark: 1 << 20 }), { tlp: 'GREEN' })

    // Baseline: the same count of objects, pages of 1,000 in memory, through the same import use case.
    const direct = await nationAdmin(sub.hub, sub.admin, 'LV')
    const t0 = performance.now()
    for (let from = 0; from < OBJECTS; from += PAGE) {
      const page = Array.from({ length: Math.min(PAGE, OBJECTS - from) }, (_, i) => generatedIndicator(10_000_000 + from + i))
      await intel.importStixObjects(sub.hub.deps, direct, page, { floorTlp: 'AMBER', bundleId: 'bench' })
    }
    const directMs = performance.now() - t0

    const subscriber = await nationAdmin(sub.hub, sub.admin, 'EE')
    const feed = await feeds.createFeed(sub.hub.deps, subscriber, {
      name: 'bench peer', apiRoot: `${url}/taxii2/api/`, collectionId: collectionIdOf({ kind: 'all' }), auth: { kind: 'bearer', token: peer.hub.firstAdminToken! }, pageSize: PAGE, tlp: 'AMBER',
    })
    const t1 = performance.now()
    const after = await feeds.pollFeedNow(sub.hub.deps, subscriber, feed.id)
    const feedMs = performance.now() - t1
    if (after.state.lastError !== null || after.state.objectsAdded !== OBJECTS) throw new Error(`feed poll: ${after.state.objectsAdded} added, ${after.state.lastError}`)

    const feedRate = (OBJECTS / feedMs) * 1000
    const directRate = (OBJECTS / directMs) * 1000
    console.log(
      `${dialect.padEnd(8)} feed poll of ${OBJECTS} objects (${Math.ceil(OBJECTS / PAGE)} pages over HTTP): ${fmt(feedRate, 0)}/s (${fmt(feedMs / 1000, 2)} s)` +
        `   intel import of the same count in pages ${fmt(directRate, 0)}/s   ratio ${fmt(feedRate / directRate, 2)}`,
    )
  } finally {
    await sub.hub.close()
    await sub.store.cleanup()
    await peer.hub.close()
    await peer.store.cleanup()
  }
}

export default async function feedsBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-feeds-'))
  try {
    const dialects = (process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']) as ('sqlite' | 'postgres')[]
    console.log(`intel feed polling a TAXII 2.1 peer on loopback; ${OBJECTS} GREEN indicators, pages of ${PAGE}`)
    console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start`)
    await intel.startImportWorker()
    for (const dialect of dialects) await measure(dialect, dir)
    if (!process.env.TEST_DATABASE_URL) console.log('postgres skipped: set TEST_DATABASE_URL')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
