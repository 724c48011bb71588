/**
 * Composition of one hub process: config → store → migrations → first start → HTTP.
 * main.ts, the CLI's `serve` and the tests all start a hub through here.
 */
import { sql } from 'kysely'
import { systemClock, type Clock } from './core/clock'
import { createLogger, type Logger } from './core/logger'
import type { Config } from './config'
import type { Deps } from './domain/deps'
import { shippedWarningLists } from './domain/intel/correlation'
import { members } from './domain/members'
import { buildApp, type HubApp } from './http/app'
import { openStore, type Store } from './store/db'
import { migrateToLatest } from './store/migrate'

export interface Hub {
  app: HubApp
  store: Store
  deps: Deps
  logger: Logger
  /** The first admin's token, only on the very first start. */
  firstAdminToken: string | null
  close(): Promise<void>
}

export interface HubOptions {
  clock?: Clock
  logger?: Logger
  /** An already open store (tests pass their own schema); the hub then does not close it. */
  store?: Store
}

export async function createHub(config: Config, opts: HubOptions = {}): Promise<Hub> {
  const logger = opts.logger ?? createLogger(config.logLevel)
  const store = opts.store ?? (await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }))
  await migrateToLatest(store)
  const deps: Deps = {
    db: store.db,
    clock: opts.clock ?? systemClock,
    events: { publish: async () => {} },
    correlation: { cap: config.correlationCap, warningLists: shippedWarningLists() },
  }
  const first = await members.bootstrapHub(deps, { hubName: config.hubName })
  const app = await buildApp({
    deps,
    logger,
    bodyLimit: config.bodyLimit,
    ready: async () => (await sql`select 1`.execute(store.db), true),
  })
  let closed = false
  return {
    app,
    store,
    deps,
    logger,
    firstAdminToken: first?.token ?? null,
    close: async () => {
      if (closed) return
      closed = true
      await app.close()
      if (!opts.store) await store.close()
    },
  }
}

/** Starts listening and wires SIGINT/SIGTERM to a clean shutdown. */
export async function serve(config: Config): Promise<Hub> {
  const hub = await createHub(config)
  const address = await hub.app.listen({ host: config.host, port: config.port })
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`
  console.log(`Shieldwall hub listening on ${address} (${where})`)
  if (hub.firstAdminToken) {
    console.log(`\nFirst start: the hub's first admin token (shown once, store it now):\n\n  ${hub.firstAdminToken}\n`)
    console.log(`Try it:\n  curl -H "Authorization: Bearer ${hub.firstAdminToken}" ${address}/api/v1/me\n`)
  }
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    hub.logger.info({ signal }, 'shutting down: finishing open requests')
    hub.close().then(
      () => process.exit(0),
      (err: unknown) => {
        hub.logger.error({ err }, 'unclean shutdown')
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))
  return hub
}
