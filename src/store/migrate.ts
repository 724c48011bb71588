import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely'
import { dialectHelpers, type Store } from './db'
import { MIGRATIONS } from './migrations'

class InCodeProvider implements MigrationProvider {
  constructor(private readonly store: Store) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const helpers = dialectHelpers(this.store.dialect)
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, up]) => [name, { up: (db: Kysely<unknown>) => up(db, helpers) }]),
    )
  }
}

/**
 * Brings the schema up to date. Kysely's migrator holds a lock table, so two hub processes
 * starting together migrate once. Throws with the failing migration named.
 */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const { error, results }: MigrationResultSet = await (await migratorFor(store)).migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${why}`)
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

/** The migrations already applied to the store (none on an empty one); creates nothing. */
export async function appliedMigrations(store: Store): Promise<string[]> {
  const all = await (await migratorFor(store)).getMigrations()
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name)
}

async function migratorFor(store: Store): Promise<Migrator> {
  // Kysely looks for its migration tables in every schema unless told which one: with several
  // schemas in one PostgreSQL database (a test run's, another run's), it could see another
  // schema's lock table and never create its own.
  const schema = store.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s : undefined
  return new Migrator({ db: store.db, provider: new InCodeProvider(store), ...(schema ? { migrationTableSchema: schema } : {}) })
}
