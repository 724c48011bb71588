import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely'
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
  // Named, because Kysely looks its tables up across every schema: a fresh schema would take
  // another schema's migration tables for its own.
  const migrator = new Migrator({
    db: store.db,
    provider: new InCodeProvider(store),
    ...(store.pgSchema ? { migrationTableSchema: store.pgSchema } : {}),
  })
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${why}`)
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
