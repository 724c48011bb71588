/** The CLI works on the hub's own database, as the hub's operator (audited as system:cli). */
import { composeDeps } from '../src/compose'
import { loadConfig, type Config } from '../src/config'
import { systemClock } from '../src/core/clock'
import type { Deps } from '../src/domain/deps'
import type { EventSink } from '../src/domain/events'
import { members, type Actor } from '../src/domain/members'
import type { Store } from '../src/store/db'
import type { CliIo } from './io'
import { openHubStore, type OpenHubOptions } from './no-hub'

export interface Local {
  config: Config
  store: Store
  deps: Deps
  actor(): Promise<Actor>
  close(): Promise<void>
}

/**
 * The CLI has no bus of its own: its events stay in the outbox, unpublished, and the relay of a
 * running hub (src/jobs/outbox-relay.ts) publishes them within seconds.
 */
const leftForTheRelay: EventSink = { publish: async () => undefined }

/** The hub's store: a store with no hub is refused (NoHubError) unless `create` (only `setup` creates one). */
export async function openLocal(io: CliIo, opts: OpenHubOptions = {}): Promise<Local> {
  const config = loadConfig(io.env)
  const store = await openHubStore(config, opts)
  const deps = composeDeps(config, store, leftForTheRelay, systemClock)
  return { config, store, deps, actor: () => members.systemActor(deps), close: () => store.close() }
}

export async function withLocal<T>(io: CliIo, fn: (l: Local) => Promise<T>, opts: OpenHubOptions = {}): Promise<T> {
  const local = await openLocal(io, opts)
  try {
    return await fn(local)
  } finally {
    await local.close()
  }
}
