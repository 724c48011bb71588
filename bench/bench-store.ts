/** A migrated store of its own for one benchmark run: a SQLite file in `dir`, or a fresh PostgreSQL schema (dropped by cleanup). */
import { randomBytes } from 'node:crypto'
import { dropPgSchema, openStore, type Store } from '../src/store/db'
import { migrateToLatest } from '../src/store/migrate'

export type BenchStore = Store & { cleanup(): Promise<void> }

export async function openBenchStore(dialect: 'sqlite' | 'postgres', dir: string, name: string): Promise<BenchStore> {
  if (dialect === 'sqlite') {
    const store = await openStore({ databaseUrl: null, dataDir: dir, sqliteFile: `${name}-${randomBytes(4).toString('hex')}.db` })
    await migrateToLatest(store)
    return { ...store, cleanup: () => store.close() }
  }
  const url = process.env.TEST_DATABASE_URL!
  const schema = `bench_${name}_${randomBytes(4).toString('hex')}`
  const store = await openStore({ databaseUrl: url, dataDir: '', pgSchema: schema })
  const cleanup = async () => (await store.close(), await dropPgSchema(url, schema))
  try {
    await migrateToLatest(store)
  } catch (e) {
    await cleanup()
    throw e
  }
  return { ...store, cleanup }
}
