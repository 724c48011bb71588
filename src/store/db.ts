/**
 * The one place that knows which database runs. Everything else sees `Db` (Kysely over the
 * `Database` tables) and the few dialect-dependent helpers exported from here.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type ColumnDefinitionBuilder, type SqliteDatabase as SqliteDialectDatabase, type Transaction } from 'kysely'
import pg from 'pg'
import { trackPoolClients } from './pg-tx-client'
import type { Database } from './schema'

export type Db = Kysely<Database>
export type DialectName = 'sqlite' | 'postgres'

export interface Store {
  db: Db
  dialect: DialectName
  /** The raw SQLite handle, for the few bulk paths that bypass the query builder. */
  sqlite: SqliteDatabase.Database | null
  /** The raw PostgreSQL pool, for COPY and LISTEN on the bulk and live paths. */
  pool: pg.Pool | null
  /** The PostgreSQL schema the store was opened on, if one was given. */
  pgSchema?: string | null
  close(): Promise<void>
}

export interface StoreOptions {
  databaseUrl: string | null
  dataDir: string
  /** PostgreSQL schema to use (tests give each run its own); created if missing. */
  pgSchema?: string
  /** SQLite file name inside dataDir, or ':memory:'. */
  sqliteFile?: string
  /**
   * Open only a store that is already there: no SQLite file or folder is created, no PostgreSQL
   * schema either (StoreNotFoundError instead). For tools that work on an existing hub's store.
   */
  existingOnly?: boolean
}

/** The store asked for with `existingOnly` is not there. */
export class StoreNotFoundError extends Error {}

/** Where a store lives, for people: the SQLite file, or the PostgreSQL URL without its password (and the schema). */
export function storeLocation(opts: StoreOptions): string {
  if (!opts.databaseUrl) return `SQLite ${resolve(opts.dataDir, opts.sqliteFile ?? SQLITE_FILE)}`
  let url = opts.databaseUrl
  try {
    const parsed = new URL(opts.databaseUrl)
    parsed.password = ''
    url = parsed.toString()
  } catch {
    url = opts.databaseUrl.replace(/:[^:@/]*@/, '@')
  }
  return `PostgreSQL ${url}${opts.pgSchema ? ` (schema ${opts.pgSchema})` : ''}`
}

const SQLITE_FILE = 'shieldwall.db'

// PostgreSQL returns int8 and numeric as strings; our counts and sequences fit a JS number.
pg.types.setTypeParser(20, (v) => Number(v))
pg.types.setTypeParser(1700, (v) => Number(v))

export async function openStore(opts: StoreOptions): Promise<Store> {
  const existingOnly = opts.existingOnly === true
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.pgSchema, existingOnly) : openSqlite(opts.dataDir, opts.sqliteFile, existingOnly)
}

function openSqlite(dataDir: string, file = SQLITE_FILE, existingOnly = false): Store {
  const path = file === ':memory:' ? file : join(dataDir, file)
  if (existingOnly && (file === ':memory:' || !existsSync(path))) throw new StoreNotFoundError(`no database file ${resolve(path)}`)
  if (file !== ':memory:') mkdirSync(dataDir, { recursive: true })
  const sqlite = new SqliteDatabase(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // Reads (bulk lookups above all) probe indexes at random across the whole file: through a
  // memory map a page is read where the OS cache holds it, not copied by one read() call each.
  if (file !== ':memory:') sqlite.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
  return { db, dialect: 'sqlite', sqlite, pool: null, close: () => db.destroy() }
}

/** Address space, not memory: pages are mapped from the OS page cache as they are touched. */
const SQLITE_MMAP_BYTES = 4 * 1024 ** 3

const STATEMENT_CACHE_SIZE = 256

/**
 * Kysely prepares every query anew; compiling a statement (a 500-key IN list with joins, say)
 * can cost more than running it. Prepared statements are kept by SQL text (least recently used
 * dropped first) and reused; SQLite re-prepares them itself after a schema change. Iteration
 * (streaming) gets a fresh statement, since an open iterator holds its statement busy.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>()
  const statement = (text: string): SqliteDatabase.Statement => {
    const hit = cache.get(text)
    if (hit) {
      cache.delete(text)
      cache.set(text, hit)
      return hit
    }
    const fresh = sqlite.prepare(text)
    cache.set(text, fresh)
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!)
    return fresh
  }
  return {
    close: () => sqlite.close(),
    prepare: (text) => {
      const stmt = statement(text)
      return {
        reader: stmt.reader,
        all: (params) => stmt.all(...params),
        run: (params) => stmt.run(...params),
        iterate: (params) => sqlite.prepare(text).iterate(...params),
      }
    },
  }
}

async function openPostgres(url: string, schema?: string, existingOnly = false): Promise<Store> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`)
  if (schema) {
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    try {
      if (!existingOnly) await admin.query(`create schema if not exists ${schema}`)
      else if ((await admin.query('select 1 from information_schema.schemata where schema_name = $1', [schema])).rowCount === 0) throw new StoreNotFoundError(`no schema ${schema}`)
    } finally {
      await admin.end()
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  })
  trackPoolClients(pool)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  await sql`select 1`.execute(db)
  return { db, dialect: 'postgres', sqlite: null, pool, ...(schema ? { pgSchema: schema } : {}), close: () => db.destroy() }
}

/** The dialect behind a connection or transaction, for the store's few dialect-specific statements. */
export const dialectOf = (db: Db | Transaction<Database>): DialectName =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'

/** Dialect-dependent column shapes, for migrations. */
export interface DialectHelpers {
  name: DialectName
  /** An auto-incrementing integer primary key. */
  serialType: 'integer' | 'bigserial'
  serialPk: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder
}

export const dialectHelpers = (name: DialectName): DialectHelpers =>
  name === 'sqlite'
    ? { name, serialType: 'integer', serialPk: (c) => c.primaryKey().autoIncrement() }
    : { name, serialType: 'bigserial', serialPk: (c) => c.primaryKey() }

/** Drops a test schema (PostgreSQL only). */
export async function dropPgSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`)
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`drop schema if exists ${schema} cascade`)
  } finally {
    await admin.end()
  }
}
