/**
 * The intel ingest path, written per dialect: this is the only intel file that knows which
 * database runs. SQLite: raw prepared statements on the one connection (inside the caller's
 * Kysely transaction, which holds that same connection). PostgreSQL: COPY on the transaction's
 * own connection (see postgresBulk).
 */
import type SqliteDatabase from 'better-sqlite3'
import type pg from 'pg'
import type { Store } from './db'
import { copyRows } from './pg-copy'
import { pgClientOf } from './pg-tx-client'
import type { IntelObjectTable, IntelPostingTable } from './schema'
import type { Tx } from './tx'

export type IntelObjectInsert = Omit<IntelObjectTable, 'row_id'>
export type IntelPostingInsert = IntelPostingTable

export interface IntelBulk {
  /** Settings for the length of one import, transaction and commit included (the function it returns puts them back); nothing that weakens durability. */
  beginImport(): () => void
  /** Inserts the rows in one go; returns their row ids, in the order given. */
  insertObjects(tx: Tx, rows: readonly IntelObjectInsert[]): Promise<number[]>
  insertPostings(tx: Tx, rows: readonly IntelPostingInsert[]): Promise<void>
}

const OBJECT_COLUMNS = [
  'id', 'type', 'spec_version', 'created', 'modified', 'created_by_ref', 'revoked', 'is_latest',
  'marking_id', 'org_id', 'user_id', 'date_added', 'exercise_id', 'incident_id', 'json',
] as const satisfies readonly (keyof IntelObjectInsert)[]

const POSTING_COLUMNS = [
  'key', 'row_id', 'stix_id', 'org_id', 'marking_id', 'exercise_id', 'type', 'created', 'modified', 'created_by_ref', 'revoked',
] as const satisfies readonly (keyof IntelPostingInsert)[]

/**
 * SQLite's page cache (2 MiB by default) during an import: the posting index takes values in no
 * order, and once the index outgrows the cache nearly every insert reads and spills pages. The
 * cache only grows as pages are used, and shrinks back when the import ends.
 */
const IMPORT_CACHE_KIB = 128 * 1024

const bindMarkers = (n: number): string => Array.from({ length: n }, () => '?').join(', ')

function sqliteBulk(sqlite: SqliteDatabase.Database): IntelBulk {
  let importsRunning = 0
  let cacheBefore = 0
  const insertObject = sqlite.prepare(`insert into intel_object (${OBJECT_COLUMNS.join(', ')}) values (${bindMarkers(OBJECT_COLUMNS.length)})`)
  const insertPosting = sqlite.prepare(`insert into intel_posting (${POSTING_COLUMNS.join(', ')}) values (${bindMarkers(POSTING_COLUMNS.length)})`)
  return {
    beginImport: () => {
      // Imports may overlap (waiting for the one connection): the first sets, the last restores.
      if (importsRunning++ === 0) {
        cacheBefore = sqlite.pragma('cache_size', { simple: true }) as number
        sqlite.pragma(`cache_size = -${IMPORT_CACHE_KIB}`)
      }
      return () => {
        if (--importsRunning === 0) sqlite.pragma(`cache_size = ${cacheBefore}`)
      }
    },
    insertObjects: async (_tx, rows) => {
      const ids: number[] = new Array<number>(rows.length)
      for (let i = 0; i < rows.length; i++) {
        const r = rows[i]!
        ids[i] = Number(
          insertObject.run(r.id, r.type, r.spec_version, r.created, r.modified, r.created_by_ref, r.revoked, r.is_latest,
            r.marking_id, r.org_id, r.user_id, r.date_added, r.exercise_id, r.incident_id, r.json).lastInsertRowid,
        )
      }
      return ids
    },
    insertPostings: async (_tx, rows) => {
      for (const r of rows) insertPosting.run(r.key, r.row_id, r.stix_id, r.org_id, r.marking_id, r.exercise_id, r.type, r.created, r.modified, r.created_by_ref, r.revoked)
    },
  }
}

/**
 * PostgreSQL: COPY, the fastest way that database takes rows (a multi-row INSERT of unnest()ed
 * arrays ran at a fifth of it: every value of the arrays is escaped into one array literal and
 * parsed back). COPY returns nothing, so the row ids are drawn from the table's sequence first,
 * in one query, and written with the rows. The unique constraint checks COPY as it checks
 * INSERT: a version already held fails the import as before.
 */
function postgresBulk(pool: pg.Pool): IntelBulk {
  let sequence: string | null = null
  const prepared = new WeakSet<Tx>()
  const clientFor = async (tx: Tx): Promise<pg.PoolClient> => {
    const client = await pgClientOf(pool, tx)
    if (!prepared.has(tx)) {
      prepared.add(tx)
      // The import's rows are in no statistics until it commits: the planner, reckoning on the
      // sizes last analyzed (none, on a fresh hub), would scan the growing posting table for
      // every batch of keys the import then looks up (quadratic in the import's size). Every
      // lookup of an import has an index; this lasts until the transaction ends.
      await client.query('set local enable_seqscan = off')
    }
    return client
  }
  return {
    beginImport: () => () => {},
    insertObjects: async (tx, rows) => {
      if (rows.length === 0) return []
      const client = await clientFor(tx)
      sequence ??= (await client.query<{ s: string }>(`select pg_get_serial_sequence('intel_object', 'row_id') as s`)).rows[0]!.s
      const drawn = await client.query<{ id: number }>('select nextval($1::regclass) as id from generate_series(1, $2)', [sequence, rows.length])
      // Ascending, as one INSERT would have numbered them: versions written later get higher ids.
      const ids = drawn.rows.map((r) => Number(r.id)).sort((a, b) => a - b)
      await copyRows(client, 'intel_object', ['row_id', ...OBJECT_COLUMNS], rows.map((r, i) => [ids[i], ...OBJECT_COLUMNS.map((c) => r[c])]))
      return ids
    },
    insertPostings: async (tx, rows) => {
      if (rows.length === 0) return
      await copyRows(await clientFor(tx), 'intel_posting', POSTING_COLUMNS, rows.map((r) => POSTING_COLUMNS.map((c) => r[c])))
    },
  }
}

export function intelBulkFor(store: Store): IntelBulk {
  if (store.sqlite) return sqliteBulk(store.sqlite)
  return postgresBulk(store.pool!)
}
