import { sql, Kysely, SqliteDialect } from 'kysely'
import SqliteDatabase from 'better-sqlite3'
import { markingVisibleTo } from '../src/tlp'
import type { Database } from '../src/store/schema'
const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) })
const viewer = { userId: 'r', orgId: 'ro', orgChain: ['ro'] }
const keys = Array.from({ length: 500 }, (_, i) => 'ipv4:1.2.3.' + i)
const q = () => db.selectFrom(db.selectFrom('intel_posting as p').innerJoin('intel_object as o', 'o.row_id', 'p.row_id').innerJoin('marking as m', 'm.id', 'o.marking_id')
  .select(['p.key', 'o.id', 'o.type', 'o.org_id', 'o.created_by_ref', 'o.created', 'o.modified', 'o.revoked', 'm.tlp']).select(sql<number>`row_number() over (partition by p.key order by o.row_id desc)`.as('rank')).where('p.key', 'in', keys).where('o.is_latest', '=', 1).where('p.exercise_id', 'is', null).where(markingVisibleTo('o.marking_id', viewer)).as('r')).selectAll().where('r.rank', '<=', 101)
for (let r = 0; r < 3; r++) { const t0 = performance.now(); for (let i = 0; i < 200; i++) q().compile(); console.log('compile x200', (performance.now() - t0).toFixed(0), 'ms') }
const raw = new SqliteDatabase(':memory:'); raw.exec('create table intel_posting(key text, row_id int, primary key(key,row_id)); create table intel_object(row_id integer primary key, is_latest int, marking_id text); create table marking(id text primary key, tlp text)')
const text = q().compile().sql
for (let r = 0; r < 2; r++) { const t0 = performance.now(); for (let i = 0; i < 200; i++) { try { raw.prepare(text.replace(/"created_by_ref"|"created"|"modified"|"revoked"|"org_id"|"type"|"id", /g, '')) } catch {} } console.log('prepare x200', (performance.now() - t0).toFixed(0), 'ms') }
