/**
 * The CLI works on the hub's own store. Run without the hub's DATA_DIR or DATABASE_URL it would
 * otherwise open (or create) another, empty one and answer from it, as if the hub had no members:
 * it refuses instead, naming the store it looked at. Only `setup` creates a hub's store.
 */
import { openConfiguredStore, storeOptionsOf } from '../src/compose'
import type { Config } from '../src/config'
import { findHub } from '../src/domain/members'
import { storeLocation, StoreNotFoundError, type Store } from '../src/store/db'
import { appliedMigrations, migrateToLatest } from '../src/store/migrate'
import { CliUsageError } from './io'

/** There is no hub in the store the CLI was pointed at: a usage error (exit code 2), saying where it looked. */
export class NoHubError extends CliUsageError {
  constructor(location: string, why: string) {
    super(
      `no hub in ${location} (${why}). The CLI works on the hub's own store: run it with the hub's ` +
        'DATA_DIR (its SQLite folder) or DATABASE_URL (and DATABASE_SCHEMA), or create a hub here with `shieldwall setup`',
    )
  }
}

export interface OpenHubOptions {
  /** Create the store and its schema if missing (`setup`); otherwise a store with no hub is refused. */
  create?: boolean
  /** Bring the schema up to date once the hub is found (default true). */
  migrate?: boolean
}

/** Opens the hub's store: created and migrated with `create`, else only if a hub is there. */
export async function openHubStore(config: Config, opts: OpenHubOptions = {}): Promise<Store> {
  const options = storeOptionsOf(config)
  const store = await openConfiguredStore(config, { existingOnly: opts.create !== true }).catch((e: unknown) => {
    throw e instanceof StoreNotFoundError ? new NoHubError(storeLocation(options), e.message) : e
  })
  try {
    if (opts.create !== true) await assertHub(store, storeLocation(options))
    if (opts.create === true || opts.migrate !== false) await migrateToLatest(store)
    return store
  } catch (e) {
    await store.close()
    throw e
  }
}

async function assertHub(store: Store, location: string): Promise<void> {
  if ((await appliedMigrations(store)).length === 0) throw new NoHubError(location, 'no Shieldwall tables')
  if (!(await findHub(store.db))) throw new NoHubError(location, 'the tables are there but no hub organization')
}
