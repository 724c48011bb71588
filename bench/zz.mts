import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../src/store/db'
import { migrateToLatest } from '../src/store/migrate'
import { saveMarking } from '../src/store/marking.store'
import { visibleMatches } from '../src/domain/intel/lookup/lookup.store'
import { visibleSightingsOf } from '../src/domain/intel/sightings'
import { normalizeLookupValue } from '../src/domain/intel/observables'
import { shippedWarningLists } from '../src/domain/intel/correlation'
const s = await openStore({ databaseUrl: null, dataDir: mkdtempSync(join(tmpdir(), 'zz')) })
await migrateToLatest(s)
const mid = await saveMarking(s.db, { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: 'o', originatorUser: 'u' }, 'x')
const n = 100000
const v = (i: number) => `${20 + (i >>> 16)}.${(i >>> 8) & 255}.${i & 255}.9`
const db = s.sqlite!
const o = db.prepare(`insert into intel_object (row_id,id,type,spec_version,modified,marking_id,org_id,date_added,json) values (?,?,'indicator','2.1','m',?,'o','x','{}')`)
const p = db.prepare(`insert into intel_posting values (?,?,?,'o',?,null)`)
db.transaction(() => { for (let i = 0; i < n; i++) { o.run(i + 1, 'indicator--' + i, mid); p.run('ipv4:' + v(i), i + 1, 'indicator--' + i, mid) } })()
db.exec('analyze')
const viewer = { userId: 'r', orgId: 'ro', orgChain: ['ro'] }
const values = Array.from({ length: 100000 }, (_, i) => v((i * 7919) % n))
const t = (label: string, f: () => Promise<unknown> | unknown) => async () => { const t0 = performance.now(); await f(); console.log(label, (performance.now() - t0).toFixed(0), 'ms') }
await t('normalize', () => values.map((x) => normalizeLookupValue(x)))()
const wl = shippedWarningLists()
await t('warning', () => values.map((x) => wl.match('ipv4:' + x)))()
await t('visibleMatches', async () => { for (let i = 0; i < values.length; i += 500) await visibleMatches(s.db, viewer, values.slice(i, i + 500).map((x) => 'ipv4:' + x), null, 100) })()
await t('sightings', async () => { for (let i = 0; i < values.length; i += 500) await visibleSightingsOf(s.db, viewer, values.slice(i, i + 500).map((x) => 'indicator--' + x), null) })()
const raw = db.prepare(`select p.key, o.id from intel_posting p join intel_object o on o.row_id = p.row_id where p.key in (${Array(500).fill('?').join(',')})`)
await t('raw same keys', () => { for (let i = 0; i < values.length; i += 500) raw.all(...values.slice(i, i + 500).map((x) => 'ipv4:' + x)) })()
import { sql } from 'kysely'
import { markingVisibleTo } from '../src/tlp'
const variant = (name: string, build: (keys: string[]) => any) => t(name, async () => { for (let i = 0; i < values.length; i += 500) await build(values.slice(i, i + 500).map((x) => 'ipv4:' + x)).execute() })()
await variant('no window, with marking join', (keys) => s.db.selectFrom('intel_posting as p').innerJoin('intel_object as o', 'o.row_id', 'p.row_id').innerJoin('marking as m', 'm.id', 'o.marking_id')
  .select(['p.key', 'o.id', 'o.type', 'o.org_id', 'o.created_by_ref', 'o.created', 'o.modified', 'o.revoked', 'm.tlp']).where('p.key', 'in', keys).where('o.is_latest', '=', 1).where('p.exercise_id', 'is', null).where(markingVisibleTo('o.marking_id', viewer)))
await variant('no window, no marking join', (keys) => s.db.selectFrom('intel_posting as p').innerJoin('intel_object as o', 'o.row_id', 'p.row_id')
  .select(['p.key', 'o.id', 'o.type', 'o.org_id', 'o.created_by_ref', 'o.created', 'o.modified', 'o.revoked', 'o.marking_id']).where('p.key', 'in', keys).where('o.is_latest', '=', 1).where('p.exercise_id', 'is', null).where(markingVisibleTo('o.marking_id', viewer)))
await variant('no window, no join, no visibility', (keys) => s.db.selectFrom('intel_posting as p').innerJoin('intel_object as o', 'o.row_id', 'p.row_id')
  .select(['p.key', 'o.id', 'o.type', 'o.org_id', 'o.created_by_ref', 'o.created', 'o.modified', 'o.revoked', 'o.marking_id']).where('p.key', 'in', keys).where('o.is_latest', '=', 1).where('p.exercise_id', 'is', null))
await variant('posting visibility', (keys) => s.db.selectFrom('intel_posting as p').innerJoin('intel_object as o', 'o.row_id', 'p.row_id')
  .select(['p.key', 'o.id', 'o.type', 'o.org_id', 'o.created_by_ref', 'o.created', 'o.modified', 'o.revoked', 'o.marking_id']).where('p.key', 'in', keys).where('o.is_latest', '=', 1).where('p.exercise_id', 'is', null).where(markingVisibleTo('p.marking_id', viewer)))
await variant('json_each', (keys) => s.db.selectFrom('intel_posting as p').innerJoin('intel_object as o', 'o.row_id', 'p.row_id').innerJoin('marking as m', 'm.id', 'o.marking_id')
  .select(['p.key', 'o.id', 'o.type', 'o.org_id', 'o.created_by_ref', 'o.created', 'o.modified', 'o.revoked', 'm.tlp']).where(sql<boolean>`p.key in (select value from json_each(${JSON.stringify(keys)}))`).where('o.is_latest', '=', 1).where('p.exercise_id', 'is', null).where(markingVisibleTo('o.marking_id', viewer)))
await variant('json_each+window', (keys) => s.db.selectFrom(s.db.selectFrom('intel_posting as p').innerJoin('intel_object as o', 'o.row_id', 'p.row_id').innerJoin('marking as m', 'm.id', 'o.marking_id')
  .select(['p.key', 'o.id', 'o.type', 'o.org_id', 'o.created_by_ref', 'o.created', 'o.modified', 'o.revoked', 'm.tlp']).select(sql<number>`row_number() over (partition by p.key order by o.row_id desc)`.as('rank')).where(sql<boolean>`p.key in (select value from json_each(${JSON.stringify(keys)}))`).where('o.is_latest', '=', 1).where('p.exercise_id', 'is', null).where(markingVisibleTo('o.marking_id', viewer)).as('r')).selectAll().where('r.rank', '<=', 101))
