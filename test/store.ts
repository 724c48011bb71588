/**
 * Each test builds its own world: a fresh in-memory SQLite database, or a PostgreSQL schema of
 * its own that is dropped afterwards. PostgreSQL suites run when TEST_DATABASE_URL is set
 * (.ci/run sets it), so `describe.each(DIALECTS)` covers both.
 */
import { randomBytes } from 'node:crypto'
import { dropPgSchema, openStore, type DialectName, type Store } from '../src/store/db'
import { migrateToLatest } from '../src/store/migrate'
import type { Database } from '../src/store/schema'

export const PG_URL = process.env.TEST_DATABASE_URL || null

export const DIALECTS: DialectName[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite']

export interface TestStore extends Store {
  /** Closes the store and drops its PostgreSQL schema. */
  destroy(): Promise<void>
  pgSchema: string | null
}

export async function openTestStore(dialect: DialectName): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const store = await openStore({ databaseUrl: null, dataDir: '', sqliteFile: ':memory:' })
    await migrateToLatest(store)
    return { ...store, pgSchema: null, destroy: () => store.close() }
  }
  if (!PG_URL) throw new Error('TEST_DATABASE_URL is not set')
  const schema = `t_${randomBytes(6).toString('hex')}`
  const store = await openStore({ databaseUrl: PG_URL, dataDir: '', pgSchema: schema })
  await migrateToLatest(store)
  return {
    ...store,
    pgSchema: schema,
    destroy: async () => {
      await store.close()
      await dropPgSchema(PG_URL, schema)
    },
  }
}

/** How many rows a table holds: what a test compares before and after a refused request (nothing written). */
export async function countRows(store: Store, table: keyof Database & string): Promise<number> {
  const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}
