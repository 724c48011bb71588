/**
 * Composition of one hub process: config → store → migrations → first start → bus → surfaces
 * (the API and the live feed on one HTTP host) and jobs.
 * main.ts, the CLI's `serve` and the tests all start a hub through here.
 */
import { readFileSync } from 'node:fs'
import { sql } from 'kysely'
import type { Bus } from './bus/bus'
import { createMemoryBus } from './bus/memory'
import { createNatsBus } from './bus/nats'
import { outboxPublisher } from './bus/outbox-publisher'
import { composeDeps, openConfiguredStore } from './compose'
import { consoleSurface } from './console/surface'
import { systemClock, type Clock } from './core/clock'
import { createLogger, type Logger } from './core/logger'
import type { Config } from './config'
import { assistanceDeadlines } from './domain/assistance'
import { deadlineRegistry, type DeadlineRegistration } from './domain/deadline-registry'
import { exerciseDeadlines } from './domain/exercise'
import { decisionDeadlines } from './domain/decision'
import { incidentDeadlines } from './domain/incident'
import type { Deps } from './domain/deps'
import { intel } from './domain/intel'
import { members } from './domain/members'
import { ensureHubKey, notifyDeadlines } from './domain/notify'
import { apiSurface } from './http/api-surface'
import { buildApp } from './http/app'
import { assertDeadlineKindsKnown, createDeadlineRunner, type DeadlineRunner } from './jobs/deadlines'
import { createFeedPoller, type FeedPoller } from './jobs/feed-poller'
import { createSessionSweeper, type SessionSweeper } from './jobs/session-sweeper'
import { createNotifySender, type NotifySender } from './jobs/notify-sender'
import { createTransports } from './jobs/notify-transports'
import { startOutboxRelay, type OutboxRelay } from './jobs/outbox-relay'
import { startLiveFeed, type LiveFeed } from './live/live-feed'
import { liveSurface } from './live/surface'
import { taxiiSurface } from './taxii/surface'
import type { Store } from './store/db'
import { migrateToLatest } from './store/migrate'
import type { HubApp } from './surfaces/surface'

export interface Hub {
  app: HubApp
  store: Store
  deps: Deps
  bus: Bus
  live: LiveFeed
  relay: OutboxRelay
  logger: Logger
  /** The deadline runner; its loop runs when the process has the `jobs` role, runDue() always works. */
  jobs: DeadlineRunner
  /** The intel feed poller; its loop runs with the `jobs` role, pollDue() always works. */
  feeds: FeedPoller
  sessionSweeper: SessionSweeper
  /** The notify sender; its loop runs with the `jobs` role, runOnce() always works. */
  notify: NotifySender
  /** The first admin's token, only on the very first start. */
  firstAdminToken: string | null
  /** The first admin's enrolment link (password + TOTP for the console), only on the very first start. */
  firstAdminEnrolment: string | null
  close(): Promise<void>
}

export interface HubOptions {
  clock?: Clock
  logger?: Logger
  /** An already open store (tests pass their own schema); the hub then does not close it. */
  store?: Store
  /** Overrides of the live feed's limits (tests use a tiny buffer bound). */
  live?: { maxBuffered?: number; heartbeatMs?: number; authTimeoutMs?: number }
  /** Deadline kinds beside the capabilities' own (tests register kinds of their own). */
  deadlines?: readonly DeadlineRegistration[]
}

/** Domain of the hub's Message-IDs: the host of NOTIFY_FROM. */
const mailDomainOf = (from: string): string => from.slice(from.lastIndexOf('@') + 1)

/** The in-process bus by default; NATS JetStream, with this process's durable consumer, when NATS_URL is set. */
async function openBus(config: Config, logger: Logger): Promise<Bus> {
  const busLogger = logger.child({ part: 'bus' })
  if (!config.natsUrl) return createMemoryBus({ logger: busLogger })
  return createNatsBus({
    url: config.natsUrl,
    stream: config.natsStream,
    subjectPrefix: config.natsSubjectPrefix,
    consumerName: config.processName,
    logger: busLogger,
  })
}

export async function createHub(config: Config, opts: HubOptions = {}): Promise<Hub> {
  const logger = opts.logger ?? createLogger(config.logLevel)
  const store = opts.store ?? (await openConfiguredStore(config))
  await migrateToLatest(store)
  // Every capability's deadline kinds; a kind registered twice throws here, naming it.
  const deadlines = deadlineRegistry([...assistanceDeadlines, ...decisionDeadlines, ...incidentDeadlines, ...notifyDeadlines, ...exerciseDeadlines, ...(opts.deadlines ?? [])])
  // A jobs process refuses to start while it could not fire an armed deadline (checked again by start()).
  if (config.roles.includes('jobs')) await assertDeadlineKindsKnown(store.db, deadlines).catch(async (err: unknown) => {
    if (!opts.store) await store.close()
    throw err
  })
  const clock = opts.clock ?? systemClock
  const bus = await openBus(config, logger)
  const outbox = { db: store.db, bus, clock, logger: logger.child({ part: 'outbox' }) }
  const publisher = outboxPublisher(outbox)
  let wakeNotify = (): void => undefined
  // After a commit, the notifications it wrote go out now, not at the next poll (jobs role only).
  const deps = composeDeps(config, store, { publish: async (events) => (await publisher.publish(events), wakeNotify()) }, clock)
  const first = await members.bootstrapHub(deps, { hubName: config.hubName })
  // Generated on the very first start (and then read): every mail is signed with it.
  const hubKey = await ensureHubKey(store.db, clock.now().toISOString(), config.hubName, config.notifyFrom)
  const notify = createNotifySender({
    db: store.db,
    clock,
    owner: config.processName,
    logger: logger.child({ part: 'notify' }),
    context: { db: store.db, hubKey, publicUrl: config.publicUrl, mailDomain: mailDomainOf(config.notifyFrom) },
    transports: createTransports({ smtpUrl: config.smtpUrl, from: config.notifyFrom }),
    pollMs: config.notifyPollMs,
  })
  const live = await startLiveFeed({
    bus,
    deps,
    clock,
    maxBuffered: opts.live?.maxBuffered ?? config.liveMaxBuffered,
    heartbeatMs: opts.live?.heartbeatMs ?? config.liveHeartbeatSeconds * 1000,
    authTimeoutMs: opts.live?.authTimeoutMs,
    logger: logger.child({ part: 'live' }),
  })
  const relay = startOutboxRelay(outbox)
  const app = await buildApp({
    deps,
    logger,
    bodyLimit: config.bodyLimit,
    hubName: config.hubName,
    tls: config.tls ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } : null,
    trustProxy: config.trustProxy,
    timeouts: { headersMs: config.httpHeadersTimeoutMs, requestMs: config.httpRequestTimeoutMs, keepAliveMs: config.httpKeepAliveTimeoutMs },
    surfaces: [
      apiSurface,
      liveSurface(live),
      taxiiSurface({ publicRoot: config.taxiiPublicRoot, maxContentLength: config.taxiiMaxContentLength, pageLimit: config.taxiiPageLimit, title: config.hubName }),
      consoleSurface(),
    ],
    ready: async () => (await sql`select 1`.execute(store.db), true),
  })
  const jobs = createDeadlineRunner({ store, deps, owner: config.processName, pollMs: config.jobsPollMs, logger, deadlines })
  if (config.roles.includes('jobs')) await jobs.start()
  const feeds = createFeedPoller({ deps, owner: config.processName, pollMs: config.jobsPollMs, logger: logger.child({ part: 'feeds' }) })
  if (config.roles.includes('jobs')) feeds.start()
  const sessionSweeper = createSessionSweeper({ deps, pollMs: config.jobsPollMs, logger: logger.child({ part: 'sessions' }) })
  if (config.roles.includes('jobs')) sessionSweeper.start()
  if (config.roles.includes('jobs')) {
    notify.start()
    wakeNotify = () => notify.wake()
  }
  let closed = false
  return {
    app,
    store,
    deps,
    bus,
    live,
    relay,
    logger,
    jobs,
    feeds,
    sessionSweeper,
    notify,
    firstAdminToken: first?.token ?? null,
    firstAdminEnrolment: first?.enrolment.link ?? null,
    close: async () => {
      if (closed) return
      closed = true
      // Live connections first: an open SSE stream would hold the HTTP server open.
      await live.close()
      await jobs.stop()
      await feeds.stop()
      await sessionSweeper.stop()
      await notify.stop()
      await app.close()
      await relay.stop()
      await bus.close()
      if (!opts.store) await store.close()
    },
  }
}

/** Starts listening and wires SIGINT/SIGTERM to a clean shutdown. */
export async function serve(config: Config): Promise<Hub> {
  const hub = await createHub(config)
  // Resolved now, so the first start writes DATA_DIR/feed-secret.key when FEED_SECRET_KEY is unset.
  hub.deps.feeds?.secretKey()
  // Loaded now rather than on the first bundle import, which would wait for it.
  if (config.roles.includes('http')) void intel.startImportWorker()
  const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`
  const address = config.roles.includes('http') ? await hub.app.listen({ host: config.host, port: config.port }) : `(no http role; roles ${config.roles.join(',')})`
  console.log(`Shieldwall hub listening on ${address} (${where})`)
  if (config.roles.includes('http')) console.log(`Web console: ${config.publicUrlSet ? config.publicUrl : address}/ (API under /api, TAXII 2.1 under /taxii2/)`)
  if (hub.firstAdminToken) {
    console.log(`\nFirst start: the hub's first admin token (shown once, store it now):\n\n  ${hub.firstAdminToken}\n`)
    console.log(`Try it:\n  curl -H "Authorization: Bearer ${hub.firstAdminToken}" ${address}/api/v1/me\n`)
  }
  if (hub.firstAdminEnrolment) {
    console.log(`The first admin's enrolment link, to set a password and TOTP for signing in (works once, for ${config.enrolmentHours} h):\n\n  ${hub.firstAdminEnrolment}\n`)
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
