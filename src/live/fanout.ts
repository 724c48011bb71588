import type { DomainEvent } from '../bus/event'
import { compileFilter, type LiveFilter } from './filter'
import { eventFrame, heartbeatFrame, SLOW_CONSUMER } from './frames'

/** One live-feed connection, as the WebSocket or SSE adapter presents it. */
export interface LiveSubscriber {
  /** Read once, when the subscriber is added. */
  filter: LiveFilter
  /** Queues a text frame; the return value is ignored (backpressure is read from the buffer). */
  send(frame: string): boolean | void
  /** Bytes queued on the connection and not yet written to the network. */
  bufferedBytes(): number
  close(code: number, reason: string): void
}

export interface FanoutOptions<S extends LiveSubscriber> {
  /** The event as this subscriber may see it, or null: the TLP decision, given in. */
  canDeliver(sub: S, event: DomainEvent): DomainEvent | null
  /** A subscriber whose buffer passes this many bytes is closed with 4008 'slow consumer'. */
  maxBuffered: number
  /** Live events held for a subscriber while its replay runs; past this it is closed the same way. */
  maxReplayBacklog?: number
  encode?: (event: DomainEvent) => string
  /** Told of every subscriber the fanout drops, with why and how many bytes it had left unread. */
  onDrop?: (sub: S, drop: DropInfo) => void
}

/** Why the fanout dropped a subscriber: its socket buffer or its replay backlog passed the bound. */
export type DropReason = 'slow_consumer' | 'replay_backlog'

export interface DropInfo {
  reason: DropReason
  bufferedBytes: number
}

export interface FanoutHandle {
  /** Forget the subscriber (the adapter calls this when the connection ends). */
  remove(): void
  readonly open: boolean
}

/** Returns the events with seq greater than `afterSeq`, in seq order; an empty page ends the replay. */
export type FetchAfter = (afterSeq: number) => Promise<readonly DomainEvent[]>

export interface Fanout<S extends LiveSubscriber> {
  /** A subscriber that starts with what happens from now on. */
  add(sub: S): FanoutHandle
  /**
   * A subscriber that resumes after `lastSeq`: what it missed (paged through `fetchAfter`) is
   * sent first, then the live events that arrived meanwhile, with no gap and no repeat.
   */
  resume(sub: S, lastSeq: number, fetchAfter: FetchAfter): Promise<FanoutHandle>
  /** Sends a live event to every subscriber whose filter and visibility allow it; returns the frames sent. */
  deliver(event: DomainEvent): number
  heartbeat(at: Date): void
  readonly size: number
  /** Bytes queued on all open subscribers' connections and not yet written. */
  bufferedBytes(): number
}

interface State<S> {
  sub: S
  matches: (event: DomainEvent) => boolean
  open: boolean
  /** Live events held while replaying; null once live. */
  backlog: DomainEvent[] | null
  /** The highest seq the replay covered: live events at or below it were already sent (or not visible). */
  replayedUpTo: number
}

/**
 * The per-subscriber core of the live feed, independent of WebSocket or SSE framing: filter,
 * cut through `canDeliver`, encode once per distinct cut, send, and drop a subscriber that
 * falls behind rather than buffer for it without limit.
 */
export function createFanout<S extends LiveSubscriber>(options: FanoutOptions<S>): Fanout<S> {
  const { canDeliver, maxBuffered } = options
  const maxReplayBacklog = options.maxReplayBacklog ?? 10_000
  const encode = options.encode ?? eventFrame
  const states = new Set<State<S>>()

  const drop = (state: State<S>, reason: DropReason): void => {
    if (!state.open) return
    state.open = false
    states.delete(state)
    const bufferedBytes = state.sub.bufferedBytes()
    state.sub.close(SLOW_CONSUMER.code, SLOW_CONSUMER.reason)
    options.onDrop?.(state.sub, { reason, bufferedBytes })
  }

  const transmit = (state: State<S>, frame: string): boolean => {
    try {
      state.sub.send(frame)
    } catch {
      // A send that throws means the connection is already gone: nothing to close.
      state.open = false
      states.delete(state)
      return false
    }
    if (state.sub.bufferedBytes() > maxBuffered) {
      drop(state, 'slow_consumer')
      return false
    }
    return true
  }

  /** `frames` caches the encoding of each distinct cut, shared by every subscriber of one event. */
  const sendEvent = (state: State<S>, event: DomainEvent, frames: Map<DomainEvent, string>): boolean => {
    const cut = canDeliver(state.sub, event)
    if (cut === null) return false
    let frame = frames.get(cut)
    if (frame === undefined) {
      frame = encode(cut)
      frames.set(cut, frame)
    }
    return transmit(state, frame)
  }

  const handleFor = (state: State<S>): FanoutHandle => ({
    remove() {
      state.open = false
      states.delete(state)
    },
    get open() {
      return state.open
    },
  })

  const replay = async (state: State<S>, fetchAfter: FetchAfter): Promise<void> => {
    for (;;) {
      const page = await fetchAfter(state.replayedUpTo)
      if (!state.open || page.length === 0) return
      for (const event of page) {
        if (event.seq <= state.replayedUpTo) continue
        state.replayedUpTo = event.seq
        if (state.matches(event)) sendEvent(state, event, new Map())
        if (!state.open) return
      }
      // Once the replay reaches the first live event held, the backlog has the rest.
      const held = state.backlog ?? []
      if (held.length > 0 && state.replayedUpTo >= held.reduce((m, e) => Math.min(m, e.seq), Infinity)) return
    }
  }

  const goLive = (state: State<S>): void => {
    const held = [...(state.backlog ?? [])].sort((a, b) => a.seq - b.seq)
    state.backlog = null
    let last = state.replayedUpTo
    for (const event of held) {
      if (event.seq <= last) continue
      last = event.seq
      sendEvent(state, event, new Map())
      if (!state.open) return
    }
    state.replayedUpTo = last
  }

  return {
    add(sub) {
      const state: State<S> = { sub, matches: compileFilter(sub.filter), open: true, backlog: null, replayedUpTo: -Infinity }
      states.add(state)
      return handleFor(state)
    },
    async resume(sub, lastSeq, fetchAfter) {
      const state: State<S> = { sub, matches: compileFilter(sub.filter), open: true, backlog: [], replayedUpTo: lastSeq }
      // Registered before the first fetch, so nothing published from now on can slip between.
      states.add(state)
      try {
        await replay(state, fetchAfter)
      } catch (err) {
        state.open = false
        states.delete(state)
        throw err
      }
      if (state.open) goLive(state)
      return handleFor(state)
    },
    deliver(event) {
      const frames = new Map<DomainEvent, string>()
      let sent = 0
      for (const state of states) {
        if (!state.matches(event)) continue
        if (state.backlog !== null) {
          state.backlog.push(event)
          if (state.backlog.length > maxReplayBacklog) drop(state, 'replay_backlog')
          continue
        }
        if (event.seq <= state.replayedUpTo) continue
        if (sendEvent(state, event, frames)) sent++
      }
      return sent
    },
    heartbeat(at) {
      const frame = heartbeatFrame(at)
      for (const state of states) transmit(state, frame)
    },
    get size() {
      return states.size
    },
    bufferedBytes() {
      let total = 0
      for (const state of states) total += state.sub.bufferedBytes()
      return total
    },
  }
}
