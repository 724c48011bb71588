/**
 * The live feed of one hub process: bus → sequencer → fanout → connections. WebSocket and SSE
 * connections each have a fanout of their own (they frame events differently) and share the
 * rest: the TLP decision, the exercise wall, resume from the outbox and heartbeats.
 */
import type { Bus } from '../bus/bus'
import type { DomainEvent } from '../bus/event'
import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'
import type { Deps } from '../domain/deps'
import { isControlEvent } from '../domain/event-catalogue'
import type { HubEvent } from '../domain/event-map'
import { feed } from '../domain/feed'
import type { Credential } from '../domain/members'
import { inScope, type Scope, type Viewer } from '../tlp'
import { createCredentialWatch, type EndConnection } from './credential-watch'
import { createFanout, type DropInfo, type DropReason, type Fanout, type FanoutHandle, type LiveSubscriber } from './fanout'
import { eventFrame, startHeartbeats } from './frames'
import { createSequencer } from './sequencer'

/** A connection of someone authenticated: every live subscriber has a viewer (no anonymous feed). */
export interface ViewerSubscriber extends LiveSubscriber {
  viewer: Viewer
}

export interface LiveFeedOptions {
  bus: Bus
  deps: Deps
  clock: Clock
  /** Bytes queued for one connection before it is closed as a slow consumer (4008). */
  maxBuffered: number
  heartbeatMs: number
  /** How long a WebSocket client has to authenticate. Default 5 s. */
  authTimeoutMs?: number
  /** Where each dropped connection is logged, with its reason. */
  logger?: Logger
}

export type Framing = 'ws' | 'sse'

export interface LiveFeed {
  /** Starts `sub` now, or after `lastSeq` with what it missed first (no gap, no repeat). */
  subscribe(framing: Framing, sub: ViewerSubscriber, lastSeq: number | null): Promise<FanoutHandle>
  /** Ends a connection (close 4001) once its credential is revoked, its user disabled or its token expired; returns the release. */
  holdCredential(credential: Credential, end: EndConnection): () => void
  readonly authTimeoutMs: number
  /** What /metrics shows of the live feed: open connections, drops by reason, bytes not yet written. */
  stats(): LiveStats
  close(): Promise<void>
}

export interface LiveStats {
  connections: Record<Framing, number>
  drops: Record<Framing, Record<DropReason, number>>
  bufferedBytes: Record<Framing, number>
}

const PAGE = 500
const GOING_AWAY = { code: 1001, reason: 'hub shutting down' } as const

/**
 * The one decision of what a subscriber receives: the event, whose payload its producer already
 * cut to the marking's audience, if the TLP rule lets this viewer see the marking; and never an
 * event from the other side of the exercise wall (real traffic and an exercise never mix).
 */
export function canDeliver(sub: ViewerSubscriber, event: DomainEvent): DomainEvent | null {
  // Control events (a revoked credential) are for the hub's processes, never a subscriber's frame.
  if (isControlEvent(event.type)) return null
  return inScope(scopeOfSubscriber(sub), event.marking, event.exerciseId) ? event : null
}

/** Who the subscriber is and which world it watches (real traffic unless its filter names an exercise). */
const scopeOfSubscriber = (sub: ViewerSubscriber): Scope => ({ viewer: sub.viewer, exerciseId: sub.filter.exerciseId ?? null })

/** SSE frames carry the seq as the event id, which the browser sends back as Last-Event-ID. */
export const sseEventFrame = (event: DomainEvent): string => `id: ${event.seq}\ndata: ${eventFrame(event)}\n\n`

export async function startLiveFeed(opts: LiveFeedOptions): Promise<LiveFeed> {
  const { deps, maxBuffered } = opts
  const drops: LiveStats['drops'] = { ws: { slow_consumer: 0, replay_backlog: 0 }, sse: { slow_consumer: 0, replay_backlog: 0 } }
  const onDrop = (framing: Framing) => (sub: ViewerSubscriber, drop: DropInfo) => {
    drops[framing][drop.reason]++
    opts.logger?.warn({ framing, reason: drop.reason, bufferedBytes: drop.bufferedBytes, maxBuffered, user: sub.viewer.userId }, 'live connection dropped')
  }
  const fanouts: Record<Framing, Fanout<ViewerSubscriber>> = {
    ws: createFanout<ViewerSubscriber>({ canDeliver, maxBuffered, onDrop: onDrop('ws') }),
    sse: createFanout<ViewerSubscriber>({ canDeliver, maxBuffered, encode: sseEventFrame, onDrop: onDrop('sse') }),
  }
  const credentials = createCredentialWatch(opts.clock)
  const deliver = (event: DomainEvent) => {
    if (isControlEvent(event.type)) {
      if (event.type === 'credential.revoked') credentials.revoked(event as HubEvent<'credential.revoked'>)
      return
    }
    fanouts.ws.deliver(event)
    fanouts.sse.deliver(event)
  }
  const sequence = createSequencer(await feed.latestSeq(deps), (after) => feed.eventsAfter(deps, after, PAGE), deliver)
  const unsubscribe = await opts.bus.subscribe(sequence)
  const stopHeartbeats = startHeartbeats(
    (at) => {
      credentials.sweep(at)
      fanouts.ws.heartbeat(at)
      fanouts.sse.heartbeat(at)
    },
    opts.heartbeatMs,
    opts.clock,
  )
  // Held so that a shutdown can end them: a hijacked SSE response would keep the server open.
  const open = new Set<ViewerSubscriber>()
  const start = (framing: Framing, sub: ViewerSubscriber, lastSeq: number | null): Promise<FanoutHandle> | FanoutHandle => {
    const fanout = fanouts[framing]
    if (lastSeq === null) return fanout.add(sub)
    const scope = scopeOfSubscriber(sub)
    return fanout.resume(sub, lastSeq, (after) => feed.eventsAfter(deps, after, PAGE, scope))
  }
  return {
    authTimeoutMs: opts.authTimeoutMs ?? 5_000,
    stats: () => ({
      connections: { ws: fanouts.ws.size, sse: fanouts.sse.size },
      drops: { ws: { ...drops.ws }, sse: { ...drops.sse } },
      bufferedBytes: { ws: fanouts.ws.bufferedBytes(), sse: fanouts.sse.bufferedBytes() },
    }),
    holdCredential: (credential, end) => credentials.hold(credential, end),
    async subscribe(framing, sub, lastSeq) {
      open.add(sub)
      const handle = await start(framing, sub, lastSeq)
      return {
        remove() {
          open.delete(sub)
          handle.remove()
        },
        get open() {
          return handle.open
        },
      }
    },
    async close() {
      stopHeartbeats()
      await unsubscribe()
      credentials.close()
      for (const sub of open) sub.close(GOING_AWAY.code, GOING_AWAY.reason)
      open.clear()
    },
  }
}
