/**
 * The intel ingest path, written per dialect: this is the only intel file that knows which
 * database runs. SQLite: raw prepared statements on the one connection (inside the caller's
 * Kysely transaction, which holds that same connection). PostgreSQL: one multi-row INSERT per
 * batch, the rows passed as arrays and spread with unnest(), on the transaction's connection.
 */
import { CompiledQuery } from 'kysely'
import type SqliteDatabase from 'better-sqlite3'
import type { Store } from './db'
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

const POSTING_COLUMNS = ['key', 'row_id', 'stix_id', 'org_id', 'marking_id', 'exercise_id'] as const satisfies readonly (keyof IntelPostingInsert)[]

const PG_OBJECT_TYPES: Record<(typeof OBJECT_COLUMNS)[number], string> = {
  id: 'text', type: 'text', spec_version: 'text', created: 'text', modified: 'text', created_by_ref: 'text',
  revoked: 'int', is_latest: 'int', marking_id: 'text', org_id: 'text', user_id: 'text', date_added: 'text',
  exercise_id: 'text', incident_id: 'text', json: 'text',
}
const PG_POSTING_TYPES: Record<(typeof POSTING_COLUMNS)[number], string> = {
  key: 'text', row_id: 'bigint', stix_id: 'text', org_id: 'text', marking_id: 'text', exercise_id: 'text',
}

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
      for (const r of rows) insertPosting.run(r.key, r.row_id, r.stix_id, r.org_id, r.marking_id, r.exercise_id)
    },
  }
}

/** `insert into t (a, b) select * from unnest($1::text[], $2::int[])`: any number of rows, one statement. */
function unnestInsert<C extends string>(table: string, columns: readonly C[], types: Record<C, string>, returning = ''): string {
  const arrays = columns.map((c, i) => `$${i + 1}::${types[c]}[]`).join(', ')
  return `insert into ${table} (${columns.join(', ')}) select * from unnest(${arrays})${returning}`
}

function columnsOf<R, C extends keyof R>(rows: readonly R[], columns: readonly C[]): unknown[][] {
  return columns.map((c) => rows.map((r) => r[c]))
}

function postgresBulk(): IntelBulk {
  const objectSql = unnestInsert('intel_object', OBJECT_COLUMNS, PG_OBJECT_TYPES, ' returning row_id, id, modified')
  const postingSql = unnestInsert('intel_posting', POSTING_COLUMNS, PG_POSTING_TYPES)
  return {
    beginImport: () => () => {},
    insertObjects: async (tx, rows) => {
      if (rows.length === 0) return []
      const res = await tx.executeQuery<{ row_id: number; id: string; modified: string }>(CompiledQuery.raw(objectSql, columnsOf(rows, OBJECT_COLUMNS)))
      // RETURNING gives no order guarantee: match by (id, modified), unique within one insert.
      const byKey = new Map(res.rows.map((r) => [`${r.id}\u0000${r.modified}`, Number(r.row_id)]))
      return rows.map((r) => byKey.get(`${r.id}\u0000${r.modified}`)!)
    },
    insertPostings: async (tx, rows) => {
      if (rows.length === 0) return
      await tx.executeQuery(CompiledQuery.raw(postingSql, columnsOf(rows, POSTING_COLUMNS)))
    },
  }
}

export function intelBulkFor(store: Store): IntelBulk {
  if (store.sqlite) return sqliteBulk(store.sqlite)
  return postgresBulk()
}
