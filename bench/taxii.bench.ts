/**
 * TAXII 2.1 over HTTP on loopback: a hub (createHub, listening on 127.0.0.1) whose "all"
 * collection holds 100,000 objects (the ATT&CK enterprise bundle, topped up with generated
 * indicators), read by a member of another nation (GREEN objects) with Basic auth:
 *   - pages of 1,000 from first to last, following `next` (objects/s), and the time of the first
 *     page, also on a hub holding 1,000 objects (no cost growing with the collection);
 *   - envelopes of 1,000 new objects posted to the member's inbox (objects/s).
 * Baselines in the same run: the intel store's own query (visibleObjectsPage, pages of 1,000 by
 * row id, latest versions, the same viewer) and the intel capability's own import of the same
 * 1,000-object batches as bundles (intel.importBundle: the API's path, no HTTP). Targets: ratios
 * >= 0.5, and the first page at 100,000 objects about as fast as at 1,000.
 * SQLite on a file always; PostgreSQL too when TEST_DATABASE_URL is set.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { Worker } from 'node:worker_threads'
import { createLogger } from '../src/core/logger'
import { loadConfig } from '../src/config'
import { collectionIdOf, intel, taxii, type PageKey } from '../src/domain/intel'
import { members, type Actor } from '../src/domain/members'
import { visibleObjectsPage } from '../src/domain/intel/intel.store'
import { createHub, type Hub } from '../src/hub'
import { generatedIndicator, writeIndicatorBundle } from '../test/intel-bundles'
import { SHARED_DATA } from '../test/shared-data'
import { openBenchStore, type BenchStore } from './bench-store'
import { fmt, percentile } from './stats'

const ATTACK = join(SHARED_DATA, 'attack', 'enterprise-attack-18.1.json')
const COLLECTION = Number(process.env.BENCH_TAXII_OBJECTS ?? 100_000)
const SMALL = 1_000
/** Objects in the ATT&CK enterprise 18.1 bundle. */
const ATTACK_OBJECTS = 24_772
const PAGE = 1_000
const POSTED_ENVELOPES = Number(process.env.BENCH_TAXII_ENVELOPES ?? 20)
const FIRST_PAGE_SAMPLES = 15
const TAXII = 'application/taxii+json;version=2.1'

interface Served {
  hub: Hub
  store: BenchStore
  url: string
  reader: { token: string; actor: Actor }
  close(): Promise<void>
}

/** A hub on its own store, listening on loopback, with `count` GREEN objects and a reading member of another nation. */
async function servedHub(dialect: 'sqlite' | 'postgres', dir: string, count: number): Promise<Served> {
  const store = await openBenchStore(dialect, dir, 'taxii')
  // Idle keep-alive connections stay open across the long untimed imports (a closed one raced a reuse: ECONNRESET).
  const hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http', TAXII_MAX_CONTENT_LENGTH: String(64 << 20), HTTP_KEEP_ALIVE_TIMEOUT_MS: '600000' }), { store, logger: createLogger('silent') })
  const url = await hub.app.listen({ host: '127.0.0.1', port: 0 })
  const admin = await members.authenticate(hub.deps, hub.firstAdminToken!)
  // Generated indicators first, then the ATT&CK enterprise bundle (real objects, some very large):
  // the first page then holds the same objects at every collection size.
  const attack = existsSync(ATTACK) && count > 2 * ATTACK_OBJECTS
  const file = join(dir, `indicators-${count}.json`)
  await writeIndicatorBundle(file, attack ? count - ATTACK_OBJECTS : count)
  await intel.importBundle(hub.deps, admin, createReadStream(file, { highWaterMark: 1 << 20 }), { tlp: 'GREEN' })
  if (attack) await intel.importBundle(hub.deps, admin, createReadStream(ATTACK, { highWaterMark: 1 << 20 }), { tlp: 'GREEN', partial: true })
  const nation = await members.admitOrg(hub.deps, admin, { name: `reader-${count}`, kind: 'nation', country: 'EE' })
  const user = await members.addUser(hub.deps, admin, { orgId: nation.id, email: `reader-${count}@example.org`, displayName: 'Reader', roles: ['analyst', 'poc'] })
  const { token } = await members.issueToken(hub.deps, { ...admin, userId: user.id, orgId: nation.id, orgChain: [nation.id] }, { userId: user.id, name: 'bench' })
  const actor = await members.authenticate(hub.deps, token)
  return {
    hub, store, url, reader: { token, actor },
    close: async () => {
      await hub.close()
      await store.cleanup()
    },
  }
}

const basic = (token: string) => `Basic ${Buffer.from(`bench:${token}`).toString('base64')}`

/**
 * One page as a client fetches it: the whole body read; `more` and `next` from the envelope's head
 * (the hub writes them first), the objects counted by parsing only the last page (all others hold
 * the full limit, which the untimed check below confirms once).
 */
async function taxiiGet(s: Served, path: string, parse = false): Promise<{ objects: number; more: boolean; next?: string }> {
  const res = await fetch(`${s.url}${path}`, { headers: { accept: TAXII, authorization: basic(s.reader.token) } })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`)
  const head = /^\{"more":(true|false)(?:,"next":"([^"]+)")?/.exec(text)
  const more = head?.[1] === 'true'
  if (!more || parse) return { objects: text === '{}' ? 0 : (JSON.parse(text) as { objects: unknown[] }).objects.length, more, ...(head?.[2] ? { next: head[2] } : {}) }
  return { objects: PAGE, more, next: head![2]! }
}

const objectsPath = (next?: string) => `/taxii2/api/collections/${collectionIdOf({ kind: 'all' })}/objects/?limit=${PAGE}${next ? `&next=${encodeURIComponent(next)}` : ''}`

/** Every page from first to last over HTTP, in this thread: objects/s (the untimed check parses every page). */
async function pageAll(s: Served, parse = false): Promise<{ objects: number; ms: number }> {
  const t0 = performance.now()
  let objects = 0
  let next: string | undefined
  for (;;) {
    const page = await taxiiGet(s, objectsPath(next), parse)
    objects += page.objects
    if (!page.more) break
    next = page.next
  }
  return { objects, ms: performance.now() - t0 }
}

/**
 * The same walk by a client in a worker thread, as a TAXII client in its own process would: the
 * hub's thread then does only the hub's work (the client's reading and decoding no longer shares
 * its event loop).
 */
const CLIENT = `
const { parentPort, workerData: w } = require('node:worker_threads')
;(async () => {
  const t0 = performance.now()
  let objects = 0, next
  for (;;) {
    const res = await fetch(w.url + '?limit=' + w.page + (next ? '&next=' + encodeURIComponent(next) : ''), { headers: { accept: w.accept, authorization: w.auth } })
    const text = await res.text()
    if (res.status !== 200) throw new Error(res.status + ' ' + text.slice(0, 200))
    const head = /^\\{"more":(true|false)(?:,"next":"([^"]+)")?/.exec(text)
    if (head && head[1] === 'true') { objects += w.page; next = head[2]; continue }
    objects += text === '{}' ? 0 : JSON.parse(text).objects.length
    break
  }
  parentPort.postMessage({ objects, ms: performance.now() - t0 })
})()
`

function pageAllFromWorker(s: Served): Promise<{ objects: number; ms: number }> {
  const url = `${s.url}/taxii2/api/collections/${collectionIdOf({ kind: 'all' })}/objects/`
  const worker = new Worker(CLIENT, { eval: true, workerData: { url, page: PAGE, accept: TAXII, auth: basic(s.reader.token) } })
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { objects: number; ms: number }) => void worker.terminate().then(() => resolve(m)))
    worker.once('error', reject)
  })
}

/** The intel store's own query over the same objects for the same viewer, pages of 1,000. */
async function storeAll(s: Served): Promise<{ objects: number; ms: number }> {
  const t0 = performance.now()
  let objects = 0
  let after = 0
  for (;;) {
    const rows = await visibleObjectsPage(s.hub.deps.db, { viewer: s.reader.actor, exerciseId: null }, { version: 'latest' }, after, PAGE)
    objects += rows.length
    if (rows.length < PAGE) break
    after = rows[rows.length - 1]!.row_id
  }
  return { objects, ms: performance.now() - t0 }
}

const batch = (from: number) => Array.from({ length: PAGE }, (_, i) => generatedIndicator(from + i, '2026-02-01T00:00:00.000Z'))

/** Envelopes of 1,000 new objects to the reader's inbox over HTTP, against the same batches as bundles through intel.importBundle. */
async function posting(s: Served): Promise<{ taxiiRate: number; storeRate: number }> {
  const inbox = collectionIdOf({ kind: 'inbox', orgId: s.reader.actor.orgId })
  // New ids, far from the collection's: every object is added, on both paths.
  const base = 50_000_000
  let storeMs = 0
  for (let e = 0; e < POSTED_ENVELOPES; e++) {
    const text = JSON.stringify({ type: 'bundle', id: 'bundle--7e1d0000-0000-4000-8000-000000000001', objects: batch(base + e * PAGE) })
    const t0 = performance.now()
    const summary = await intel.importBundle(s.hub.deps, s.reader.actor, Readable.from([text]), { partial: true })
    storeMs += performance.now() - t0
    if (summary.added !== PAGE) throw new Error(`bundle: ${summary.added} added`)
  }
  let taxiiMs = 0
  for (let e = 0; e < POSTED_ENVELOPES; e++) {
    const body = JSON.stringify({ objects: batch(base + (POSTED_ENVELOPES + e) * PAGE) })
    const t0 = performance.now()
    const res = await fetch(`${s.url}/taxii2/api/collections/${inbox}/objects/`, {
      method: 'POST',
      headers: { accept: TAXII, 'content-type': TAXII, authorization: basic(s.reader.token) },
      body,
    })
    const status = JSON.parse(await res.text()) as { success_count?: number }
    taxiiMs += performance.now() - t0
    if (res.status !== 202 || status.success_count !== PAGE) throw new Error(`POST: ${res.status} ${JSON.stringify(status).slice(0, 300)}`)
  }
  const n = POSTED_ENVELOPES * PAGE
  return { taxiiRate: (n / taxiiMs) * 1000, storeRate: (n / storeMs) * 1000 }
}

/** The TAXII use case in process (no HTTP): what the SQL and the served text cost alone. */
async function inProcessAll(s: Served): Promise<{ objects: number; ms: number }> {
  const t0 = performance.now()
  let objects = 0
  let after: PageKey | null = null
  for (;;) {
    const page = await taxii.objects(s.hub.deps, { actor: s.reader.actor, public: false }, collectionIdOf({ kind: 'all' }), { filter: { versions: ['last'] }, after, limit: PAGE })
    objects += page.items.length
    if (!page.more) break
    after = page.items[page.items.length - 1]!.key
  }
  return { objects, ms: performance.now() - t0 }
}

/** First-page times of the two hubs, sampled in turn so that the machine's load weighs on both alike. */
async function firstPages(small: Served, big: Served): Promise<{ smallMs: number; bigMs: number }> {
  const smallTimes: number[] = []
  const bigTimes: number[] = []
  for (let i = 0; i < FIRST_PAGE_SAMPLES; i++) {
    for (const [s, times] of [[small, smallTimes], [big, bigTimes]] as const) {
      const t0 = performance.now()
      await taxiiGet(s, objectsPath())
      times.push(performance.now() - t0)
    }
  }
  const median = (xs: number[]) => percentile(xs.sort((a, b) => a - b), 50)
  return { smallMs: median(smallTimes), bigMs: median(bigTimes) }
}

async function measure(dialect: 'sqlite' | 'postgres', dir: string): Promise<void> {
  const small = await servedHub(dialect, dir, SMALL)
  const big = await servedHub(dialect, dir, COLLECTION)
  try {
    // Warm both paths once (caches, JIT), then measure each.
    await storeAll(big)
    // The untimed check: every page parsed, every object counted.
    const checked = await pageAll(big, true)
    const store = await storeAll(big)
    const inProcess = await inProcessAll(big)
    const taxiiPages = await pageAllFromWorker(big)
    const sameThread = await pageAll(big)
    if (taxiiPages.objects !== checked.objects || store.objects !== checked.objects) throw new Error(`counted ${taxiiPages.objects}, checked ${checked.objects}, store ${store.objects}`)
    const storeRate = (store.objects / store.ms) * 1000
    const taxiiRate = (taxiiPages.objects / taxiiPages.ms) * 1000
    const inProcessRate = (inProcess.objects / inProcess.ms) * 1000
    console.log(
      `${dialect.padEnd(8)} paging ${taxiiPages.objects} objects over HTTP (client in a worker thread): ${fmt(taxiiRate, 0)}/s (${fmt(taxiiPages.ms / 1000, 2)} s)` +
        `   store query ${fmt(storeRate, 0)}/s   ratio ${fmt(taxiiRate / storeRate, 2)} (target >= 0.5)` +
        `   [client in this thread: ${fmt((sameThread.objects / sameThread.ms) * 1000, 0)}/s; TAXII use case in process, no HTTP: ${fmt(inProcessRate, 0)}/s, ratio ${fmt(inProcessRate / storeRate, 2)}]`,
    )
    const first = await firstPages(small, big)
    console.log(
      `${dialect.padEnd(8)} first page (median of ${FIRST_PAGE_SAMPLES}, sampled in turn): ${fmt(first.bigMs, 1)} ms at ${taxiiPages.objects} objects, ${fmt(first.smallMs, 1)} ms at ${SMALL}` +
        `   ratio ${fmt(first.bigMs / first.smallMs, 2)} (target ~1)`,
    )
    const post = await posting(big)
    console.log(
      `${dialect.padEnd(8)} POST ${POSTED_ENVELOPES} envelopes of ${PAGE}: ${fmt(post.taxiiRate, 0)} objects/s   intel import of the same batches ${fmt(post.storeRate, 0)}/s` +
        `   ratio ${fmt(post.taxiiRate / post.storeRate, 2)} (target >= 0.5)`,
    )
  } finally {
    await small.close()
    await big.close()
  }
}

export default async function taxiiBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-taxii-'))
  try {
    const only = process.env.BENCH_TAXII_DIALECTS
    const dialects = ((process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']) as ('sqlite' | 'postgres')[]).filter((d) => !only || only.includes(d))
    console.log(`TAXII 2.1 over HTTP on loopback; collection of ${COLLECTION} objects (ATT&CK enterprise 18.1 + generated indicators), pages of ${PAGE}`)
    console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start`)
    await intel.startImportWorker()
    for (const dialect of dialects) await measure(dialect, dir)
    if (!process.env.TEST_DATABASE_URL) console.log('postgres skipped: set TEST_DATABASE_URL')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** For profiling scripts: the served hub of the bench. */
export const servedHubForProfile = servedHub
