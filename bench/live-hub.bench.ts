/**
 * The live feed through the real path: a listening hub (createHub, app.listen), 1,000 WebSocket
 * subscribers authenticated with real API tokens of users in 50 organizations (10 nations, each
 * with an agency, a CERT, a partner and a second agency), all created through the members
 * service; 10,000 events of mixed TLP committed one unit of work each (saveMarking + u.emit, the
 * real outbox), paced at a steady rate. The commit time is stamped into the payload as the last
 * step of the transaction, so latency is commit to receipt: outbox → bus → sequencer → fanout
 * (the one TLP rule) → ws → client.
 *
 * Runs:
 *   hub  - SQLite temp file, in-process bus, subscribers on the same process;
 *   raw  - a plain ws.Server sending the very frames the hub delivered (captured from its bus,
 *          restamped at send) to the same recipients, decided before the clock starts: the floor;
 *   nats - commits through hub A (this process, PostgreSQL + NATS), subscribers on hub B (a real
 *          `src/main.ts` process on the same schema and stream). Needs TEST_DATABASE_URL and
 *          TEST_NATS_URL; skipped with a line otherwise.
 * Clients run in a worker thread (bench/ws-clients.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebSocketServer, type WebSocket } from 'ws'
import { freshClusterEnv, NATS_URL, PG_URL, startHubProcess } from '../test/processes'
import type { DomainEvent } from '../src/bus/event'
import { loadConfig } from '../src/config'
import { members } from '../src/domain/members'
import { unitOfWork, type UncheckedEvents } from '../src/domain/unit-of-work'
import { createHub, type Hub } from '../src/hub'
import { eventFrame } from '../src/live/frames'
import { saveMarking } from '../src/store/marking.store'
import { canSee, type Marking, type Viewer } from '../src/tlp'
import { fmt, percentile } from './stats'
import { startClients, type ClientStats, type Clients } from './ws-clients'
import { seeded } from './seeded'

const CLIENTS = 1_000
const COUNTRIES = ['EE', 'LV', 'LT', 'PL', 'FI', 'SE', 'DE', 'NL', 'DK', 'NO']
const CHILD_KINDS = ['agency', 'cert', 'partner', 'agency'] as const
const EVENTS = Number(process.env.LIVE_BENCH_EVENTS ?? 10_000)
const RATE = Number(process.env.LIVE_BENCH_RATE ?? 500) // events per second
const WARM = Math.min(1_000, EVENTS)
const TICK_MS = 10
const TYPES = ['incident.updated', 'assistance.offer.sent', 'intel.added', 'correlation.found']

const { pick, pickSome, pickTlp } = seeded()


const now = () => performance.timeOrigin + performance.now()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface World {
  tokens: string[]
  viewers: Viewer[]
}

/** 50 organizations and 1,000 users with a token each, through the members service as the hub's admin. */
async function seedWorld(hub: Hub, adminToken: string): Promise<World> {
  const admin = await members.authenticate(hub.deps, adminToken)
  const orgIds: string[] = []
  for (const country of COUNTRIES) {
    const nation = await members.admitOrg(hub.deps, admin, { name: `Bench ${country}`, kind: 'nation', country })
    orgIds.push(nation.id)
    for (const [c, kind] of CHILD_KINDS.entries()) {
      orgIds.push((await members.admitOrg(hub.deps, admin, { name: `Bench ${country} ${kind} ${c}`, kind, parentId: nation.id })).id)
    }
  }
  const tokens: string[] = []
  const viewers: Viewer[] = []
  const addOne = async (i: number) => {
    const user = await members.addUser(hub.deps, admin, { orgId: orgIds[i % orgIds.length]!, email: `bench-${i}@example.org`, displayName: `Bench user ${i}`, roles: ['analyst'] })
    // Each user issues its own token (nobody else may), as if signed in.
    const { token } = await members.issueToken(hub.deps, await members.actorFor(hub.deps.db, user), { name: 'bench' })
    const actor = await members.authenticate(hub.deps, token)
    tokens[i] = token
    viewers[i] = { userId: actor.userId, orgId: actor.orgId, orgChain: actor.orgChain }
  }
  // A few at a time: PostgreSQL round trips overlap (SQLite takes them one by one anyway).
  for (let i = 0; i < CLIENTS; i += 8) await Promise.all(Array.from({ length: Math.min(8, CLIENTS - i) }, (_, k) => addOne(i + k)))
  return { tokens, viewers }
}

interface Planned {
  type: string
  marking: Marking
  /** Indexes of the clients that may see it. */
  recipients: number[]
}

function planEvents(world: World, count: number): Planned[] {
  const orgIds = [...new Set(world.viewers.map((v) => v.orgId))]
  return Array.from({ length: count }, () => {
    const tlp = pickTlp()
    const originator = pick(world.viewers)
    const marking: Marking = {
      tlp,
      audienceOrgs: tlp === 'AMBER' || tlp === 'AMBER+STRICT' ? [...new Set(pickSome(orgIds, 1, 2))] : [],
      audienceUsers: tlp === 'RED' ? [...new Set(pickSome(world.viewers, 2, 5).map((v) => v.userId))] : [],
      originatorOrg: originator.orgId,
      originatorUser: originator.userId,
    }
    const recipients = world.viewers.flatMap((v, i) => (canSee(v, marking) ? [i] : []))
    return { type: pick(TYPES), marking, recipients }
  })
}

const deliveriesOf = (events: readonly Planned[]) => events.reduce((n, e) => n + e.recipients.length, 0)

/** One use case's worth of work: the marking, the event in the outbox, and the commit time stamped last. */
async function commitEvent(hub: Hub, e: Planned, n: number): Promise<void> {
  await unitOfWork<void, UncheckedEvents>(hub.deps, async (u) => {
    const markingId = await saveMarking(u.tx, e.marking, u.at)
    const payload = { n, t: 0 }
    await u.emit({ type: e.type, markingId, marking: e.marking, exerciseId: null, subject: { incidentId: `inc-${n % 97}` }, payload })
    payload.t = now()
  })
}

/** Calls `send(i)` for every index due by each tick at RATE; returns the elapsed milliseconds. */
async function paced(count: number, send: (from: number, to: number) => Promise<void> | void): Promise<{ ms: number; busy: number }> {
  const start = performance.now()
  const elu = performance.eventLoopUtilization()
  let sent = 0
  while (sent < count) {
    const due = Math.min(count, Math.floor(((performance.now() - start) / 1000) * RATE) + 1)
    if (due > sent) {
      await send(sent, due)
      sent = due
    }
    await sleep(TICK_MS)
  }
  return { ms: performance.now() - start, busy: performance.eventLoopUtilization(elu).utilization }
}

/**
 * On PostgreSQL, the events due in a tick are committed concurrently, as concurrent requests
 * would be: on PostgreSQL their round trips overlap (the outbox's ordering lock still gives each
 * its seq). SQLite has one writer, so there they go one after the other.
 */
const commitAll = (hub: Hub, events: readonly Planned[], offset: number) =>
  paced(events.length, async (from, to) => {
    if (hub.store.dialect === 'postgres') {
      await Promise.all(Array.from({ length: to - from }, (_, k) => commitEvent(hub, events[from + k]!, offset + from + k)))
    } else {
      for (let i = from; i < to; i++) await commitEvent(hub, events[i]!, offset + i)
    }
  })

interface Figures {
  p50: number
  p99: number
  max: number
  delivered: number
  expected: number
  deliveriesPerSec: number
  eventsPerSec: number
  serverBusy: number
  clientBusy: number
}

const figures = ({ lat, busy }: ClientStats, run: { ms: number; busy: number }, events: number, expected: number): Figures => {
  const sorted = Array.from(lat).sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    delivered: lat.length,
    expected,
    deliveriesPerSec: (lat.length / run.ms) * 1000,
    eventsPerSec: (events / run.ms) * 1000,
    serverBusy: run.busy,
    clientBusy: busy,
  }
}

const row = (name: string, f: Figures) =>
  console.log(
    `${name.padEnd(5)} p50 ${fmt(f.p50, 2).padStart(7)} ms  p99 ${fmt(f.p99, 2).padStart(7)} ms  max ${fmt(f.max, 1).padStart(7)} ms  ` +
      `${fmt(f.eventsPerSec, 0)} events/s  ${fmt(f.deliveriesPerSec, 0).padStart(7)} deliveries/s  (${f.delivered}/${f.expected} received)  ` +
      `busy: committing thread ${fmt(f.serverBusy * 100, 0)}%, clients ${fmt(f.clientBusy * 100, 0)}%`,
  )

const SUBSCRIBE = { type: 'subscribe', filter: {} }

/** Warm-up (JIT, socket buffers), then the measured run; the clients must have received exactly what the TLP rule allows. */
async function measureHub(commitTo: Hub, clients: Clients, warm: Planned[], events: Planned[]): Promise<Figures> {
  await commitAll(commitTo, warm, 0)
  await clients.collect(deliveriesOf(warm))
  const run = await commitAll(commitTo, events, warm.length)
  // The grace period would show a duplicate or a delivery the TLP rule forbids as a count above the expected.
  return figures(await clients.collect(deliveriesOf(events), 500), run, events.length, deliveriesOf(events))
}

/** The floor: the same frames to the same recipients from a plain ws.Server, nothing decided while the clock runs. */
async function measureRaw(frames: DomainEvent<{ t: number }>[], events: Planned[]): Promise<Figures> {
  const sockets: WebSocket[] = []
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((r) => wss.once('listening', () => r()))
  wss.on('connection', (ws, req) => void (sockets[Number(new URL(req.url ?? '/', 'http://x').searchParams.get('u'))] = ws))
  const clients = await startClients({ url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/raw`, n: CLIENTS })
  try {
    const send = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const e = frames[i]!
        e.payload.t = now()
        const frame = eventFrame(e)
        for (const r of events[i]!.recipients) sockets[r]!.send(frame)
      }
    }
    await paced(Math.min(WARM, frames.length), send)
    await clients.collect(deliveriesOf(events.slice(0, WARM)))
    const run = await paced(frames.length, send)
    return figures(await clients.collect(deliveriesOf(events)), run, frames.length, deliveriesOf(events))
  } finally {
    await clients.close()
    await new Promise((r) => wss.close(r))
  }
}

async function oneProcess(): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sw-live-hub-'))
  const hub = await createHub(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', ROLES: 'http', PROCESS_NAME: 'bench' }))
  try {
    const address = await hub.app.listen({ host: '127.0.0.1', port: 0 })
    const t0 = performance.now()
    const world = await seedWorld(hub, hub.firstAdminToken!)
    const warm = planEvents(world, WARM)
    const events = planEvents(world, EVENTS)
    console.log(
      `${CLIENTS} clients in ${COUNTRIES.length * (1 + CHILD_KINDS.length)} organizations (seeded through the services in ${fmt((performance.now() - t0) / 1000)} s), ` +
        `${EVENTS} events at ${RATE}/s, ${deliveriesOf(events)} deliveries (${fmt(deliveriesOf(events) / EVENTS)} recipients an event on average)`,
    )
    const frames: DomainEvent<{ t: number; n: number }>[] = []
    await hub.bus.subscribe((e) => {
      const { n } = e.payload as { n: number }
      if (n >= WARM) frames[n - WARM] = e as DomainEvent<{ t: number; n: number }>
    })
    const clients = await startClients({ url: `${address.replace('http', 'ws')}/api/v1/live`, n: CLIENTS, tokens: world.tokens, subscribe: SUBSCRIBE })
    let viaHub: Figures
    try {
      viaHub = await measureHub(hub, clients, warm, events)
    } finally {
      await clients.close()
    }
    row('hub', viaHub)
    const raw = await measureRaw(frames, events)
    row('raw', raw)
    console.log(
      `hub/raw: p50 ×${fmt(viaHub.p50 / raw.p50, 2)}, p99 ×${fmt(viaHub.p99 / raw.p99, 2)}, deliveries/s ×${fmt(viaHub.deliveriesPerSec / raw.deliveriesPerSec, 2)}`,
    )
    console.log(`target p99 < 50 ms in one process: ${viaHub.p99 < 50 ? 'met' : 'NOT met'}`)
    return raw
  } finally {
    await hub.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Commits through hub A (this process), subscribers on hub B (a separate `src/main.ts` process). */
async function twoProcesses(raw: Figures): Promise<void> {
  if (!PG_URL || !NATS_URL) {
    console.log('nats: skipped (set TEST_DATABASE_URL and TEST_NATS_URL to run two hub processes over PostgreSQL and NATS)')
    return
  }
  const cluster = freshClusterEnv()
  let hubA: Hub | null = null
  let procB: Awaited<ReturnType<typeof startHubProcess>> | null = null
  try {
    // A starts first: it migrates the fresh schema and creates the hub and its first admin.
    hubA = await createHub(loadConfig({ ...cluster.env, LOG_LEVEL: 'warn', ROLES: 'http', PROCESS_NAME: `bench-a-${cluster.tag}` }))
    procB = await startHubProcess(`bench-b-${cluster.tag}`, { ...cluster.env, ROLES: 'http' })
    const t0 = performance.now()
    const world = await seedWorld(hubA, hubA.firstAdminToken!)
    console.log(`two processes: PostgreSQL schema ${cluster.env.DATABASE_SCHEMA}, NATS stream ${cluster.env.NATS_STREAM}; seeded in ${fmt((performance.now() - t0) / 1000)} s`)
    const warm = planEvents(world, Math.min(500, EVENTS))
    const events = planEvents(world, EVENTS)
    const clients = await startClients({ url: `${procB.url.replace('http', 'ws')}/api/v1/live`, n: CLIENTS, tokens: world.tokens, subscribe: SUBSCRIBE })
    let nats: Figures
    try {
      nats = await measureHub(hubA, clients, warm, events)
    } finally {
      await clients.close()
    }
    row('nats', nats)
    console.log(`nats/raw: p50 ×${fmt(nats.p50 / raw.p50, 2)}, p99 ×${fmt(nats.p99 / raw.p99, 2)}, deliveries/s ×${fmt(nats.deliveriesPerSec / raw.deliveriesPerSec, 2)}`)
  } finally {
    await procB?.stop()
    await hubA?.close()
    await cluster.remove()
  }
}

export default async function liveHubBench(): Promise<void> {
  const load = () => loadavg().map((l) => fmt(l, 2)).join(' ')
  console.log(`load average at start: ${load()}`)
  const raw = await oneProcess()
  await twoProcesses(raw)
  console.log(`load average at end: ${load()}`)
}
