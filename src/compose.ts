/**
 * The one composition of what use cases need (Deps) from the configuration, for the hub and the
 * CLI alike, and the one place a configured store is opened. Only where events go differs: the
 * hub publishes them after commit, the CLI leaves them to a running hub's outbox relay.
 */
import type { Clock } from './core/clock'
import type { Config } from './config'
import type { Deps } from './domain/deps'
import type { EventSink } from './domain/events'
import { shippedWarningLists } from './domain/intel/correlation'
import { feedSecretKey } from './feed-secret-key'
import { notificationDeriver } from './domain/notify'
import { openStore, type Store, type StoreOptions } from './store/db'
import { intelBulkFor } from './store/intel-bulk'

/** Where the configuration says the store is: PostgreSQL at DATABASE_URL (in DATABASE_SCHEMA), else SQLite in DATA_DIR. */
export const storeOptionsOf = (config: Config): StoreOptions => ({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  ...(config.databaseSchema ? { pgSchema: config.databaseSchema } : {}),
})

/** The store the configuration names (`existingOnly`: refuse to create one, for the CLI). */
export const openConfiguredStore = (config: Config, extra: Pick<StoreOptions, 'existingOnly'> = {}): Promise<Store> =>
  openStore({ ...storeOptionsOf(config), ...extra })

export function composeDeps(config: Config, store: Store, events: EventSink, clock: Clock): Deps {
  return {
    db: store.db,
    clock,
    events,
    offerParallel: config.offerParallel,
    intelBulk: intelBulkFor(store),
    correlation: { cap: config.correlationCap, warningLists: shippedWarningLists() },
    sessions: { idleMs: config.sessionIdleMinutes * 60_000, absoluteMs: config.sessionAbsoluteHours * 3_600_000 },
    publicUrl: config.publicUrl,
    enrolmentTtlMs: config.enrolmentHours * 3_600_000,
    feeds: { secretKey: feedSecretKey(config), timeoutMs: config.feedTimeoutMs, backoffCapMs: config.feedBackoffCapSeconds * 1000, owner: config.processName },
    publicOrigin: config.publicUrlSet ? new URL(config.publicUrl).origin : null,
    sso: { secretKey: config.ssoSecretKey },
    // Passkeys are offered at enrolment beside password + TOTP.
    extraEnrolmentMethods: ['passkey'],
    onEventsWritten: notificationDeriver(),
  }
}
