/**
 * Bulk lookup: N indicators' rows and postings (written straight through the driver: this bench
 * measures lookups, not imports), then 100,000 lookups through the real service path
 * (lookupValues: normalization, batched visibility-filtered queries, sightings, presentation),
 * 1,000 values per call as the API would receive them. Baseline in the same run: a JavaScript
 * Map from index key to the same match, looked up with the same normalization, and without it.
 * SQLite on a file with 1,000,000 indicators; PostgreSQL (TEST_DATABASE_URL) with 200,000.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemClock } from '../src/core/clock'
import type { Deps } from '../src/domain/deps'
import { correlateNewPostings, type Posting } from '../src/domain/intel/correlation'
import { lookupValues } from '../src/domain/intel/lookup'
import { normalizeLookupValue } from '../src/formats/observables'
import type { Actor } from '../src/domain/members'
import { unitOfWork } from '../src/domain/unit-of-work'
import { dropPgSchema, openStore, type Store } from '../src/store/db'
import { saveMarking } from '../src/store/marking.store'
import { migrateToLatest } from '../src/store/migrate'
import { profiled } from './cpu-profile'
import { fmt } from './stats'

const LOOKUPS = 100_000
const PER_CALL = 1_000
const ORG = 'bench-holder-org'
const PROFILE_TOP = Number(process.env.BENCH_PROFILE_TOP ?? 0)

/** The i-th indicator's value: distinct public-looking IPv4 addresses (no warning list holds them). */
const valueOf = (i: number): string => `${20 + (i >>> 16)}.${(i >>> 8) & 255}.${i & 255}.9`
const stixIdOf = (i: number): string => `indicator--00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`
const jsonOf = (i: number): string =>
  `{"created":"2026-03-01T09:00:00.000Z","id":"${stixIdOf(i)}","modified":"2026-03-01T09:00:00.000Z","pattern":"[ipv4-addr:value = '${valueOf(i)}']","pattern_type":"stix","spec_version":"2.1","type":"indicator","valid_from":"2026-03-01T09:00:00.000Z"}`

const viewer: Actor = { userId: 'bench-reader', orgId: 'bench-reader-org', orgChain: ['bench-reader-org'], email: 'r@example.org', roles: ['analyst'], orgKind: 'nation', nationId: null, exerciseId: null }

async function fillSqlite(store: Store, n: number, markingId: string): Promise<void> {
  const db = store.sqlite!
  const obj = db.prepare(
    `insert into intel_object (row_id, id, type, spec_version, created, modified, created_by_ref, revoked, is_latest, marking_id, org_id, user_id, date_added, exercise_id, incident_id, json)
     values (?, ?, 'indicator', '2.1', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z', null, 0, 1, ?, ?, 'bench-user', '2026-03-01T09:00:00.000Z', null, null, ?)`,
  )
  const post = db.prepare(
    `insert into intel_posting (key, row_id, stix_id, org_id, marking_id, exercise_id, type, created, modified, created_by_ref, revoked)
     values (?, ?, ?, ?, ?, null, 'indicator', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z', null, 0)`,
  )
  const objects = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) obj.run(i + 1, stixIdOf(i), markingId, ORG, jsonOf(i))
  })
  // Postings in key order: the (key, row_id) primary key then grows at its right edge.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (`ipv4:${valueOf(a)}` < `ipv4:${valueOf(b)}` ? -1 : 1))
  const postings = db.transaction((from: number, to: number) => {
    for (let j = from; j < to; j++) post.run(`ipv4:${valueOf(order[j]!)}`, order[j]! + 1, stixIdOf(order[j]!), ORG, markingId)
  })
  for (let i = 0; i < n; i += 100_000) objects(i, Math.min(n, i + 100_000))
  for (let i = 0; i < n; i += 100_000) postings(i, Math.min(n, i + 100_000))
  db.exec('analyze')
}

async function fillPostgres(store: Store, n: number, markingId: string): Promise<void> {
  const client = await store.pool!.connect()
  try {
    for (let from = 0; from < n; from += 20_000) {
      const idx = Array.from({ length: Math.min(20_000, n - from) }, (_, k) => from + k)
      await client.query(
        `insert into intel_object (row_id, id, type, spec_version, created, modified, revoked, is_latest, marking_id, org_id, user_id, date_added, json)
         select r, i, 'indicator', '2.1', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z', 0, 1, $3, $4, 'bench-user', '2026-03-01T09:00:00.000Z', j
         from unnest($1::bigint[], $2::text[], $5::text[]) as t(r, i, j)`,
        [idx.map((i) => i + 1), idx.map(stixIdOf), markingId, ORG, idx.map(jsonOf)],
      )
      await client.query(
        `insert into intel_posting (key, row_id, stix_id, org_id, marking_id, type, created, modified, revoked)
         select k, r, i, $4, $5, 'indicator', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z', 0 from unnest($1::text[], $2::bigint[], $3::text[]) as t(k, r, i)`,
        [idx.map((i) => `ipv4:${valueOf(i)}`), idx.map((i) => i + 1), idx.map(stixIdOf), ORG, markingId],
      )
    }
    await client.query(`select setval(pg_get_serial_sequence('intel_object', 'row_id'), $1)`, [n])
    // What autovacuum does after a bulk load (PostgreSQL 13+ vacuums on inserts too), at once: the
    // visibility map lets the posting index answer (key, row_id) without a visit to the table.
    await client.query('vacuum analyze intel_object')
    await client.query('vacuum analyze intel_posting')
  } finally {
    client.release()
  }
}

/** Heap in use after a full collection when node runs with --expose-gc (npm run bench does), else as is. */
const heapUsed = (): number => {
  ;(globalThis as { gc?: () => void }).gc?.()
  return process.memoryUsage().heapUsed
}
const gcNote = (): string => ((globalThis as { gc?: unknown }).gc ? '' : ' (without --expose-gc: garbage included)')

async function dbBytes(store: Store): Promise<number> {
  if (store.sqlite) return Number(store.sqlite.pragma('page_count', { simple: true })) * Number(store.sqlite.pragma('page_size', { simple: true }))
  const r = await store.pool!.query<{ b: string }>(`select pg_total_relation_size('intel_object') + pg_total_relation_size('intel_posting') as b`)
  return Number(r.rows[0]!.b)
}

async function measure(label: string, store: Store, n: number): Promise<void> {
  const t0 = performance.now()
  const markingId = await saveMarking(store.db, { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: ORG, originatorUser: 'bench-user' }, '2026-03-01T09:00:00.000Z')
  if (store.sqlite) await fillSqlite(store, n, markingId)
  else await fillPostgres(store, n, markingId)
  const fillS = (performance.now() - t0) / 1000
  const bytes = await dbBytes(store)

  // 90 % hits on random indicators, 10 % misses; one value list for every contender.
  let seed = 42
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  const values = Array.from({ length: LOOKUPS }, () => (rnd() < 0.9 ? valueOf(Math.floor(rnd() * n)) : `${200 + Math.floor(rnd() * 20)}.1.2.3`))

  const heap0 = heapUsed()
  const map = new Map<string, { objectId: string; type: string; tlp: string; orgId: string }>()
  for (let i = 0; i < n; i++) map.set(`ipv4:${valueOf(i)}`, { objectId: stixIdOf(i), type: 'indicator', tlp: 'GREEN', orgId: ORG })
  const mapBytes = heapUsed() - heap0

  // The better of two passes: the baseline at its best, once the JIT has compiled the normalization.
  let hits = 0
  let mapNormMs = Infinity
  for (let round = 0; round < 2; round++) {
    hits = 0
    const tm0 = performance.now()
    for (const v of values) for (const k of normalizeLookupValue(v)) if (map.has(k)) hits++
    mapNormMs = Math.min(mapNormMs, performance.now() - tm0)
  }
  const keys = values.map((v) => `ipv4:${v}`)
  const tr0 = performance.now()
  let rawHits = 0
  for (const k of keys) if (map.get(k) !== undefined) rawHits++
  const mapRawMs = performance.now() - tr0

  const deps: Deps = { db: store.db, clock: systemClock, events: { publish: async () => {} } }
  // Also the better of two passes, as for the Map (the machine is shared and noisy).
  const heapBefore = heapUsed()
  let found = 0
  let svcMs = Infinity
  for (let round = 0; round < 2; round++) {
    found = 0
    const ts0 = performance.now()
    const pass = async () => {
      for (let i = 0; i < values.length; i += PER_CALL) found += (await lookupValues(deps, viewer, { values: values.slice(i, i + PER_CALL) })).matches
    }
    // BENCH_PROFILE_TOP=n: where the second pass's time goes (self time by function).
    await (PROFILE_TOP > 0 && round === 1 ? profiled(PROFILE_TOP, pass) : pass())
    svcMs = Math.min(svcMs, performance.now() - ts0)
  }
  const heapAfter = heapUsed()
  if (found !== hits || hits !== rawHits) throw new Error(`the service found ${found} matches, the Map ${hits}/${rawHits}`)

  const rate = (LOOKUPS / svcMs) * 1000
  const mapNorm = (LOOKUPS / mapNormMs) * 1000
  const mapRaw = (LOOKUPS / mapRawMs) * 1000
  console.log(`${label}: ${n.toLocaleString('en-US')} indicators written in ${fmt(fillS)} s; ${LOOKUPS.toLocaleString('en-US')} lookups (${PER_CALL} per call, ${hits.toLocaleString('en-US')} hits)`)
  console.log(`  load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on this machine while measuring`)
  console.log(`  service   ${fmt(rate, 0).padStart(10)} lookups/s   (target: at least 0.3 of Map+norm)`)
  console.log(`  Map+norm  ${fmt(mapNorm, 0).padStart(10)} lookups/s   ratio service/Map ${fmt(rate / mapNorm, 3)}   (same normalization, then Map.has)`)
  console.log(`  Map raw   ${fmt(mapRaw, 0).padStart(10)} lookups/s   ratio service/Map ${fmt(rate / mapRaw, 3)}   (pre-normalized keys, Map.get only)`)
  console.log(`  memory per indicator: database ${fmt(bytes / n, 0)} B on disk (object row with its JSON + posting + indexes); Map ${fmt(mapBytes / n, 0)} B of heap`)
  console.log(`  hub heap retained by the lookups: ${fmt((heapAfter - heapBefore) / n, 1)} B per indicator${gcNote()}`)
  map.clear()
  if (store.sqlite) await measureCorrelation(store, n)
}

/**
 * The correlation pass an import runs after writing its rows: 100,000 new postings from another
 * organization, a tenth of them on values the bench holder already has (each raising two events).
 */
async function measureCorrelation(store: Store, n: number): Promise<void> {
  const count = 100_000
  const uploader = 'bench-uploader-org'
  const actor: Actor = { ...viewer, userId: 'bench-uploader', orgId: uploader, orgChain: [uploader] }
  const markingId = await saveMarking(store.db, { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: uploader, originatorUser: actor.userId }, '2026-03-01T09:00:00.000Z')
  const postings: Posting[] = []
  const db = store.sqlite!
  const obj = db.prepare(
    `insert into intel_object (row_id, id, type, spec_version, modified, revoked, is_latest, marking_id, org_id, user_id, date_added, json)
     values (?, ?, 'indicator', '2.1', '2026-03-01T09:00:00.000Z', 0, 1, ?, ?, ?, '2026-03-01T09:00:00.000Z', '{}')`,
  )
  const post = db.prepare(
    `insert into intel_posting (key, row_id, stix_id, org_id, marking_id, exercise_id, type, created, modified, created_by_ref, revoked)
     values (?, ?, ?, ?, ?, null, 'indicator', '2026-03-01T09:00:00.000Z', '2026-03-01T09:00:00.000Z', null, 0)`,
  )
  db.transaction(() => {
    for (let j = 0; j < count; j++) {
      const rowId = n + 1 + j
      const stixId = stixIdOf(n + j)
      const key = `ipv4:${j % 10 === 0 ? valueOf(j * 7 % n) : `${100 + (j >>> 16)}.${(j >>> 8) & 255}.${j & 255}.7`}`
      obj.run(rowId, stixId, markingId, uploader, actor.userId)
      post.run(key, rowId, stixId, uploader, markingId)
      postings.push({ key, rowId, stixId, orgId: uploader, markingId, exerciseId: null })
    }
  })()
  const deps: Deps = { db: store.db, clock: systemClock, events: { publish: async () => {} } }
  const t0 = performance.now()
  const events = await unitOfWork(deps, async (u) => {
    const before = await u.tx.selectFrom('outbox_event').select((eb) => eb.fn.countAll<number>().as('c')).executeTakeFirstOrThrow()
    await correlateNewPostings(u, deps, { actor, postings })
    const after = await u.tx.selectFrom('outbox_event').select((eb) => eb.fn.countAll<number>().as('c')).executeTakeFirstOrThrow()
    return Number(after.c) - Number(before.c)
  })
  const ms = performance.now() - t0
  console.log(`  correlation pass of an import: ${count.toLocaleString('en-US')} new postings in ${fmt(ms / 1000, 2)} s (${fmt((count / ms) * 1000, 0)} postings/s), ${events.toLocaleString('en-US')} correlation events`)
}

export default async function intelLookupBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-lookup-'))
  const sqlite = await openStore({ databaseUrl: null, dataDir: dir })
  try {
    await migrateToLatest(sqlite)
    await measure('sqlite (file)', sqlite, Number(process.env.BENCH_LOOKUP_ROWS ?? 1_000_000))
  } finally {
    await sqlite.close()
    rmSync(dir, { recursive: true, force: true })
  }
  const url = process.env.TEST_DATABASE_URL
  if (!url) return console.log('postgres: skipped (set TEST_DATABASE_URL)')
  const schema = `bench_${randomBytes(4).toString('hex')}`
  const pg = await openStore({ databaseUrl: url, dataDir: '', pgSchema: schema })
  try {
    await migrateToLatest(pg)
    await measure('postgres', pg, 200_000)
  } finally {
    await pg.close()
    await dropPgSchema(url, schema)
  }
}
